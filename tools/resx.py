#!/usr/bin/env python3
"""Adds or updates interface texts in a Dutch/English resx pair.

Usage: tools/resx.py <Resources/Name> <key>=<nl>|<en> ...
       tools/resx.py <Resources/Name> --check     (fails when the two files have different keys)
The neutral file (<Name>.resx) is Dutch, the default language; <Name>.en.resx is English.
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    if not os.path.exists(path):
        return {}
    return {d.get('name'): (d.find('value').text or '') for d in ET.parse(path).getroot().findall('data')}

def save(path, entries):
    from xml.sax.saxutils import escape
    with open(path, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
        f.write('</root>\n')

def main():
    base = sys.argv[1]
    nl_path, en_path = base + '.resx', base + '.en.resx'
    nl, en = load(nl_path), load(en_path)
    if sys.argv[2:] == ['--check']:
        diff = set(nl) ^ set(en)
        if diff:
            print('keys in one language only:', sorted(diff)); sys.exit(1)
        return
    for arg in sys.argv[2:]:
        key, texts = arg.split('=', 1)
        nl_text, en_text = texts.split('|', 1)
        nl[key], en[key] = nl_text, en_text
    save(nl_path, nl); save(en_path, en)

if __name__ == '__main__':
    main()
