"""Fill unfinished entries of the Japanese catalogue from a JSON file of {source: translation}, then compile.

Usage: python scripts/fill_translations.py TRANSLATIONS.json   (after scripts/update_translations.sh)
Only entries marked unfinished whose source text is in the file change; everything else is left as it is. A numerus
entry (``%Ln row(s)``) gets the one text in each of its forms.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

CATALOGUE = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "ree_evaluator_ja.ts"


def main() -> int:
    wanted: dict[str, str] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tree = ElementTree.parse(CATALOGUE)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is not None and translation.get("type") == "unfinished" and source in wanted:
            forms = translation.findall("numerusform")
            if forms:  # a numerus entry: Japanese has one plural class, so one form (``%Ln`` for the number)
                for form in forms:
                    form.text = wanted[source]
            else:
                translation.text = wanted[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(CATALOGUE, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(CATALOGUE), "-qm", str(CATALOGUE.with_suffix(".qm"))], check=True)
    print(f"{filled} translations filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
