#!/usr/bin/env python3
"""Adds or updates the Dutch text of rule messages (DomainError codes) and enum values.

Usage: tools/domainerror.py "<code>=<Dutch text>" ...
Placeholders {0}, {1}, ... stand for the DomainError's Args in order ({0:t} formats a moment as an
Amsterdam date and time). Enum values use the key Enum.<Type>.<Value>. English comes from the domain's
own message, so only Dutch is kept here (Resources/DomainErrors.resx). The file keeps one entry per
line; other lines (the header comment) are left as they are.
"""
import os, re, sys
from xml.sax.saxutils import escape

PATH = os.path.join(os.path.dirname(__file__), '..', 'src', 'Touchstone.Web', 'Resources', 'DomainErrors.resx')
ENTRY = re.compile(r'^  <data name="([^"]+)"')

def line(key, text):
    return f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(text)}</value></data>\n'

def main():
    with open(PATH, encoding='utf-8') as f:
        lines = f.readlines()
    for arg in sys.argv[1:]:
        key, sep, text = arg.partition('=')
        key = key.strip()
        if not sep or not key or not text:
            sys.exit(f'expected <code>=<Dutch text>, got: {arg}')
        keys = [(i, m.group(1)) for i, l in enumerate(lines) if (m := ENTRY.match(l))]
        same = [i for i, k in keys if k == key]
        if same:
            lines[same[0]] = line(key, text)
            continue
        after = [i for i, k in keys if k > key]
        at = after[0] if after else max(i for i, l in enumerate(lines) if l.startswith('</root>'))
        lines.insert(at, line(key, text))
    with open(PATH, 'w', encoding='utf-8') as f:
        f.writelines(lines)

if __name__ == '__main__':
    main()
