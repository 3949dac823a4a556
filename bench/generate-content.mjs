/**
 * Synthetic but realistic content for build benchmarks: N lessons per language (MDX with headings,
 * <Stat>, <Term>, <Callout>, ~725 words like the reference corpus), a quiz for every fifth lesson
 * (shown on its lesson page), and the real glossary. Written to a temporary folder, never to content/.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TRACKS = ['executive-briefings', 'staff-fundamentals', 'trainer-kit'];
const AUDIENCE = { 'executive-briefings': 'executive', 'staff-fundamentals': 'staff', 'trainer-kit': 'trainer' };
const TERMS = ['roi', 'kpi', 'engagement-rate', 'organic-reach', 'social-listening', 'word-of-mouth', 'long-tail', 'npv'];
const WORDS = {
  fr: 'les équipes mesurent leurs réseaux sociaux avec des objectifs clairs des indicateurs utiles et un tableau de bord que la direction comprend sans effort ni jargon inutile'.split(' '),
  en: 'teams measure their social networks with clear objectives useful indicators and a dashboard that the board understands without effort or needless jargon at all'.split(' '),
};

/** A paragraph of `count` words, varied by `seed` so pages differ. */
function paragraph(lang, count, seed) {
  const words = WORDS[lang];
  const out = [];
  for (let i = 0; i < count; i++) out.push(words[(seed * 7 + i * 3) % words.length]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function lesson(lang, n) {
  const track = TRACKS[n % TRACKS.length];
  const term = TERMS[n % TERMS.length];
  const fr = lang === 'fr';
  const sections = [0, 1, 2, 3, 4].map((s) => {
    const body = [paragraph(lang, 60, n + s), paragraph(lang, 55, n + s + 1)].join('\n\n');
    const extra =
      s === 1
        ? `\n\n${fr ? 'En' : 'In'} 2011, <Stat value="${(n % 90) + 5} %" year={2011} source="Altimeter Group">${fr ? 'des stratèges interrogés' : 'of strategists surveyed'}</Stat> ${fr ? 'citaient la mesure' : 'named measurement'}; <Term id="${term}">${term}</Term> ${fr ? 'reste la clé' : 'remains the key'}.`
        : s === 3
          ? `\n\n<Callout kind="tip">\n${paragraph(lang, 30, n + 9)}\n</Callout>`
          : '';
    return `## ${fr ? 'Partie' : 'Part'} ${s + 1}\n\n${body}${extra}`;
  });
  return `---
title: "${fr ? 'Leçon' : 'Lesson'} ${n}"
description: "${paragraph(lang, 18, n)}"
audience: [${AUDIENCE[track]}]
track: ${track}
order: ${Math.floor(n / TRACKS.length) + 1}
duration: 4
objectives:
  - "${paragraph(lang, 8, n)}"
  - "${paragraph(lang, 9, n + 1)}"
takeaways:
  - "${paragraph(lang, 10, n)}"
  - "${paragraph(lang, 11, n + 2)}"
  - "${paragraph(lang, 12, n + 3)}"
sources:
  - author: "Benchmark"
    title: "Synthetic source ${n}"
    publication: "Board Academy benchmark corpus"
    year: 2011
reviewed: 2026-11-23
tags: [benchmark, measurement]
---

${sections.join('\n\n')}
`;
}

function quiz(lang, n) {
  const fr = lang === 'fr';
  return `id: lesson-${n}
title: "${fr ? 'Quiz de la leçon' : 'Quiz for lesson'} ${n}"
lesson: lesson-${n}
passMark: 70
shuffle: true
questions:
  - id: q-single
    type: single
    prompt: "${paragraph(lang, 9, n)}"
    explanation: "${paragraph(lang, 8, n + 1)}"
    options:
      - { id: a, text: "${paragraph(lang, 4, n)}", correct: true }
      - { id: b, text: "${paragraph(lang, 4, n + 1)}" }
  - id: q-roi
    type: numeric
    prompt: "20000 / 26000 → ROI %"
    explanation: "(26000 − 20000) / 20000 = 30 %"
    answer: 30
    tolerance: 0.5
  - id: q-order
    type: ordering
    prompt: "${paragraph(lang, 6, n)}"
    explanation: "${paragraph(lang, 6, n + 2)}"
    items:
      - { id: one, text: "${fr ? 'Objectifs' : 'Objectives'}" }
      - { id: two, text: "KPI" }
      - { id: three, text: "${fr ? 'Outils' : 'Tools'}" }
`;
}

/** Writes `count` lessons per language (and their quizzes) under `dir`; returns `dir`. */
export function generateContent(dir, count, { glossaryFrom = 'content/glossary' } = {}) {
  for (const lang of ['fr', 'en']) {
    mkdirSync(join(dir, 'lessons', lang), { recursive: true });
    mkdirSync(join(dir, 'quizzes', lang), { recursive: true });
    mkdirSync(join(dir, 'stories', lang), { recursive: true });
    for (let n = 1; n <= count; n++) {
      writeFileSync(join(dir, 'lessons', lang, `lesson-${n}.mdx`), lesson(lang, n));
      if (n % 5 === 0) writeFileSync(join(dir, 'quizzes', lang, `lesson-${n}.yaml`), quiz(lang, n));
    }
  }
  cpSync(glossaryFrom, join(dir, 'glossary'), { recursive: true });
  return dir;
}
