"""Floor 3 (beside scoring): reading a workbook into a Dataset with every bad cell reported (METHOD.md §1) —
file reading and its limits, cell and header parsing, the row checks, the override sheets, the template.
"""
