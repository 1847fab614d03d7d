#!/usr/bin/env python3
"""Rebuilds zh.txt, the Chinese words of the built-in text, for src/layout/words.rs.

The documents' Chinese prose comes from the templates and messages (values from cells are
set as unbreakable runs), so a dictionary of the words they use is all the segmenter needs
to keep a word from being cut by a page break. Segmented with jieba (pip install jieba);
each word keeps jieba's own frequency. Run from the repository root:

    python3 src/layout/words/make.py
"""
import collections
import glob
import re

import jieba

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
SOURCES = ["locales/zh-CN/*.ftl", "templates/*.hbs", "templates/platforms/*.yaml"]

counts = collections.Counter()
for pattern in SOURCES:
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8") as f:
            for run in HAN.findall(f.read()):
                for word in jieba.lcut(run, HMM=False):
                    if len(word) >= 2 and HAN.fullmatch(word):
                        counts[word] += 1

freq = jieba.dt.FREQ
with open("src/layout/words/zh.txt", "w", encoding="utf-8") as out:
    for word in sorted(counts):
        out.write(f"{word} {max(freq.get(word, 0), 1)}\n")
print(f"{len(counts)} words")
