"""Floor 1: the reference data of METHOD.md — countries and their governance indicators, the elements and their
criticality, currencies, the vocabulary of stages and facility types — read from ``resources/reference``.
"""
