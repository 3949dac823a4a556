/**
 * Registers the service worker named by the page (`data-sw-url`, `data-sw-scope`, built from the
 * base path) and tells the learner when a new version is ready. The new version waits until they
 * choose to reload, so an update never changes a page under them, and their progress (kept in
 * localStorage, which the service worker never touches) is not affected.
 */
const region = document.querySelector<HTMLElement>('[data-sw-url]')!;

function offerUpdate(worker: ServiceWorker): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-update-template]');
  if (!template || region.childElementCount > 0) return;
  region.append(template.content.cloneNode(true));
  region.querySelector('button')?.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

navigator.serviceWorker
  .register(region.dataset.swUrl!, { scope: region.dataset.swScope! })
  .then((registration) => {
    // A first install is not an update: only a page already controlled by a worker is offered one.
    if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      });
    });
  })
  .catch(() => {
    // No offline reading (private mode, blocked by policy): the site works as it does without one.
  });

export {};
