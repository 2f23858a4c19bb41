"""Floor 6 (above charts): what leaves the app — the committee workbook and its sheets, the JSON, the PDF pack
and the print setup they share.
"""
