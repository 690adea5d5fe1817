#!/usr/bin/env python3
"""Generates src/layout/shaping_table.rs: Arabic joining types and presentation forms.

Usage (from the repository root):

    python3 scripts/gen_shaping_table.py [UNICODE_DIR] > src/layout/shaping_table.rs

UNICODE_DIR (default /work/shared/unicode) must hold DerivedJoiningType.txt,
ArabicShaping.txt and UnicodeData.txt of one Unicode version. The output is
as rustfmt leaves it (the commented tables are marked #[rustfmt::skip]).

What goes into the table:
- LETTERS: every Joining_Type R/D/L char of the Arabic blocks (U+0600..U+06FF,
  U+0750..U+077F, U+0870..U+08FF), plus every char that has a single-char
  <isolated>/<final>/<initial>/<medial> decomposition in U+FB50..U+FDFF or
  U+FE70..U+FEFF (e.g. hamza), with those forms ('\\0' where absent).
- JOINING: every other char whose Joining_Type is not U (transparent marks,
  join-causing chars, letters of the other joining scripts), as merged ranges.
- LAM_ALEF: the mandatory lam-alef ligatures of U+FE70..U+FEFF, per alef.
"""

import os
import re
import sys
from collections import defaultdict

LAM = 0x0644
ARABIC_BLOCKS = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF)]
FORM_BLOCKS = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
FORMS = ["isolated", "final", "initial", "medial"]


def in_blocks(cp, blocks):
    return any(lo <= cp <= hi for lo, hi in blocks)


def data_lines(path):
    """Yields the semicolon-separated fields of each data line of a UCD file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                yield [x.strip() for x in line.split(";")]


def first_line(path):
    with open(path, encoding="utf-8") as f:
        return f.readline().lstrip("# ").strip()


def joining_types(udir):
    """Joining_Type per code point (absent means U), checked against ArabicShaping.txt."""
    types = {}
    for fields in data_lines(os.path.join(udir, "DerivedJoiningType.txt")):
        lo, _, hi = fields[0].partition("..")
        for cp in range(int(lo, 16), int(hi or lo, 16) + 1):
            types[cp] = fields[1]
    for fields in data_lines(os.path.join(udir, "ArabicShaping.txt")):
        cp = int(fields[0], 16)
        if types.get(cp, "U") != fields[2]:
            sys.exit(f"U+{cp:04X}: ArabicShaping says {fields[2]}, derived says {types.get(cp)}")
    return {cp: t for cp, t in types.items() if t != "U"}


def presentation_forms(udir):
    """(forms per nominal char, lam-alef ligature forms per alef) from UnicodeData.txt."""
    forms = defaultdict(dict)
    ligatures = defaultdict(dict)
    names = {}
    for fields in data_lines(os.path.join(udir, "UnicodeData.txt")):
        cp = int(fields[0], 16)
        names[cp] = fields[1]
        m = re.fullmatch(r"<(isolated|final|initial|medial)> ([0-9A-F ]+)", fields[5])
        if not m or not in_blocks(cp, FORM_BLOCKS):
            continue
        form, parts = m.group(1), [int(x, 16) for x in m.group(2).split()]
        if len(parts) == 1:
            if form in forms[parts[0]]:
                sys.exit(f"two {form} forms for U+{parts[0]:04X}")
            forms[parts[0]][form] = cp
        elif len(parts) == 2 and parts[0] == LAM and cp >= 0xFE70:
            ligatures[parts[1]][form] = cp
    return forms, ligatures, names


def merged_ranges(types, exclude):
    """Runs of consecutive code points with the same joining type."""
    out = []
    for cp in sorted(c for c in types if c not in exclude):
        if out and out[-1][1] == cp - 1 and out[-1][2] == types[cp]:
            out[-1][1] = cp
        else:
            out.append([cp, cp, types[cp]])
    return out


def short_name(names, cp):
    return names.get(cp, "").removeprefix("ARABIC LETTER ").lower()


def ch(cp):
    return "'\\0'" if cp == 0 else f"'\\u{{{cp:04X}}}'"


def main():
    udir = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/unicode"
    types = joining_types(udir)
    forms, ligatures, names = presentation_forms(udir)

    letters = sorted(
        {cp for cp, t in types.items() if t in "RDL" and in_blocks(cp, ARABIC_BLOCKS)}
        | set(forms)
    )
    if any(not in_blocks(cp, ARABIC_BLOCKS) for cp in letters):
        sys.exit("a letter with presentation forms lies outside the Arabic blocks")
    if sorted(ligatures) != [0x0622, 0x0623, 0x0625, 0x0627] or any(
        set(f) != {"isolated", "final"} for f in ligatures.values()
    ):
        sys.exit(f"unexpected lam-alef ligatures: {dict(ligatures)}")
    ranges = merged_ranges(types, set(letters))
    used = sorted({types.get(cp, "U") for cp in letters} | {r[2] for r in ranges})

    w = sys.stdout.write
    w("//! Arabic joining types and presentation forms. Generated: do not edit.\n")
    derived = first_line(os.path.join(udir, "DerivedJoiningType.txt"))
    shaping = first_line(os.path.join(udir, "ArabicShaping.txt"))
    version = re.search(r"-([0-9.]+)\.txt", derived).group(1)
    w("//!\n")
    w(f"//! Unicode {version}: {derived}, {shaping} and UnicodeData.txt.\n")
    w("//! Regenerate with\n")
    w("//! `python3 scripts/gen_shaping_table.py /work/shared/unicode > src/layout/shaping_table.rs`.\n")
    w("\n")
    w(f"use super::Joining::{{self, {', '.join(used)}}};\n")
    w("\n")
    w("/// Letters of the Arabic blocks and chars with presentation forms, sorted:\n")
    w("/// (letter, joining type, isolated, final, initial, medial), `'\\0'` for an absent form.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) static LETTERS: &[(char, Joining, char, char, char, char)] = &[\n")
    for cp in letters:
        f = forms.get(cp, {})
        cells = ", ".join(ch(f.get(name, 0)) for name in FORMS)
        w(f"    ({ch(cp)}, {types.get(cp, 'U')}, {cells}), // {short_name(names, cp)}\n")
    w("];\n")
    w("\n")
    w("/// Every other char whose joining type is not U, as sorted inclusive ranges.\n")
    w("pub(super) static JOINING: &[(char, char, Joining)] = &[\n")
    for lo, hi, t in ranges:
        w(f"    ({ch(lo)}, {ch(hi)}, {t}),\n")
    w("];\n")
    w("\n")
    w("/// Mandatory lam-alef ligatures, sorted by alef: (alef, isolated, final).\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) static LAM_ALEF: &[(char, char, char)] = &[\n")
    for alef in sorted(ligatures):
        lig = ligatures[alef]
        w(f"    ({ch(alef)}, {ch(lig['isolated'])}, {ch(lig['final'])}), // {short_name(names, alef)}\n")
    w("];\n")


if __name__ == "__main__":
    main()
