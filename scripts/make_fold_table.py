"""Writes desk/core/data/trad_to_simp.tsv: traditional → simplified Chinese characters.

The lookup folds both forms to one (陳 and 陈 find each other). The table is OpenCC's
character table (TSCharacters.txt, Apache License 2.0), first candidate of each line.
Run once when updating it, with OpenCC's dictionaries at hand:

    pip install opencc-python-reimplemented
    python scripts/make_fold_table.py
"""

from __future__ import annotations

from pathlib import Path

import opencc  # type: ignore[import-not-found]

SOURCE = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
TARGET = Path(__file__).resolve().parent.parent / "desk" / "core" / "data" / "trad_to_simp.tsv"


def main() -> None:
    pairs = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        trad, _, simps = line.partition("\t")
        simp = simps.split()[0] if simps.split() else ""
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            pairs.append(f"{trad}\t{simp}")
    header = "# traditional\tsimplified — from OpenCC TSCharacters.txt (Apache License 2.0)"
    TARGET.write_text("\n".join([header, *sorted(pairs)]) + "\n", encoding="utf-8")
    print(f"{len(pairs)} characters written to {TARGET}")


if __name__ == "__main__":
    main()
