/**
 * Glossary tooltips are pure CSS (hover and focus). WCAG 1.4.13 also wants them dismissible without
 * moving the pointer or focus: Escape hides the open one until the pointer or focus leaves it.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) {
    term.classList.add('tip-dismissed');
  }
});

const reset = (event: Event) => {
  const term = (event.target as Element | null)?.closest?.('.term');
  term?.classList.remove('tip-dismissed');
};
document.addEventListener('mouseout', reset);
document.addEventListener('focusout', reset);
