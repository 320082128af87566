#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""translations/fill_en_plurals.py translations/kizuna_en.ts — fills the English plural forms: for each unfinished numerus message,
singular = source with 'word(s)' -> 'word', plural = 'word(s)' -> 'words'."""
import re, sys
path = sys.argv[1]
s = open(path, encoding='utf-8').read()
def forms(src):
    one = re.sub(r'(\w+)\(s\)', r'\1', src)
    many = re.sub(r'(\w+)\(s\)', r'\1s', src)
    return one, many
def fix(m):
    block = m.group(0)
    if 'type="unfinished"' not in block:
        return block
    src = re.search(r'<source>(.*?)</source>', block, re.S).group(1)
    one, many = forms(src)
    tr = ('<translation>\n            <numerusform>%s</numerusform>\n'
          '            <numerusform>%s</numerusform>\n        </translation>') % (one, many)
    return re.sub(r'<translation type="unfinished">.*?</translation>', lambda _: tr, block, flags=re.S)
n_before = s.count('type="unfinished"')
s = re.sub(r'<message numerus="yes">.*?</message>', fix, s, flags=re.S)
open(path, 'w', encoding='utf-8').write(s)
print('filled', n_before - s.count('type="unfinished"'), 'plural entries')
