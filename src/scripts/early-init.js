// Runs first in <body>, before anything is painted (allowed by its hash in the CSP):
// applies the chosen theme, and tells the CSS that JavaScript runs and whether progress is stored,
// so parts that scripts will show take their place at once instead of shifting the page later.
(function () {
  var root = document.documentElement;
  root.dataset.js = '';
  try {
    var t = localStorage.getItem('board-academy:theme');
    if (t === 'light' || t === 'dark') root.dataset.theme = t;
    if (localStorage.getItem('board-academy:progress') !== null) root.dataset.progress = '';
  } catch (e) {}
})();
