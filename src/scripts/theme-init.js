(function () {
  try {
    var t = localStorage.getItem('board-academy:theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch (e) {}
})();
