"""Floor 2: what a run is about — the import's issues, the parameters (METHOD.md §7), a scenario file, and the
Dataset every later floor reads. Nothing here reads a workbook or scores a project.
"""
