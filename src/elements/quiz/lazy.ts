/**
 * Loads the quiz player only when a quiz comes near the viewport or gets focus: a lesson that ends
 * with its quiz costs nothing until the reader gets there.
 */
const load = () => void import('./quiz-player');

const quizzes = document.querySelectorAll('quiz-player');
if (quizzes.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        observer.disconnect();
        load();
      }
    },
    { rootMargin: '600px 0px' },
  );
  quizzes.forEach((quiz) => {
    observer.observe(quiz);
    quiz.addEventListener('focusin', load, { once: true });
  });
}
