#!/usr/bin/env python3
"""Align a gold annotation list to its text and show it.

usage: align.py NAME          (reads texts/NAME.txt and gold/NAME.tsv)
gold/NAME.tsv: one mention per line, IN TEXT ORDER: TYPE<TAB>surface
TYPE is PER, LOC or ORG. Each surface is searched from the end of the previous
mention; it must start at a word start (optionally after proclitics و ف ب ل ك
and combinations, or after لل) and end at a word end.
Prints the text with [TYPE surface] brackets, or an error naming the bad line.
"""
import sys, re, os
# The set lives outside the repository (its texts come from ../shared/corpus): DEVSET_DIR,
# or ../devset beside the checkout.
D = os.environ.get('DEVSET_DIR') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'devset')
import unicodedata
PROCLITIC = re.compile(r'^(?:[وف]?(?:[بلك]|لل|ل)?|[وف]?س)$')

def is_word(c):
    # letters, digits and combining marks (harakat); not ، ؟ ؛ or other punctuation
    return c.isalnum() or unicodedata.category(c) == 'Mn' or c == '\u0640'

def align(name):
    text = open(os.path.join(D, 'texts', name + '.txt'), encoding='utf-8').read()
    spans = []
    pos = 0
    for ln, line in enumerate(open(os.path.join(D, 'gold', name + '.tsv'), encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 2 or parts[0] not in ('PER', 'LOC', 'ORG'):
            sys.exit(f'{name}.tsv line {ln}: want TYPE<TAB>surface with TYPE in PER/LOC/ORG: {line!r}')
        typ, surf = parts[0], parts[1].strip()
        while surf and not is_word(surf[-1]) and surf[-1] != '.':
            surf = surf[:-1]  # a trailing ، or ؟ copied with the word
        i = pos
        while True:
            i = text.find(surf, i)
            if i < 0:
                sys.exit(f'{name}.tsv line {ln}: {surf!r} not found after offset {pos} (mentions must be in text order)')
            j = i + len(surf)
            # word start: walk back over letters; what is before must be a proclitic
            k = i
            while k > 0 and is_word(text[k - 1]):
                k -= 1
            pre = text[k:i]
            ok_start = PROCLITIC.match(pre) is not None
            ok_end = j == len(text) or not is_word(text[j])
            if ok_start and ok_end:
                break
            i += 1
        spans.append((i, j, typ, surf))
        pos = j
    return text, spans

def show(text, spans):
    out, last = [], 0
    for s, e, t, surf in spans:
        out.append(text[last:s]); out.append(f'[{t} {surf}]'); last = e
    out.append(text[last:])
    return ''.join(out)

if __name__ == '__main__':
    text, spans = align(sys.argv[1])
    print(show(text, spans))
    print(f'\n-- {len(spans)} mentions aligned', file=sys.stderr)
