/**
 * <programme-agenda data-minutes="[20,45]">: shifts every agenda time (and the session headings' times)
 * when the trainer sets a start time; the time is kept in the address (?start=10:30) and carried by
 * links marked data-keep-start, so the learner view and handout show the same times.
 */
import { agendaSlots, formatClock, parseClock } from '../lib/programmes/agenda';
import { readMessages } from './messages';

type Key = 'programme.startInvalid' | 'programme.startShifted';

class ProgrammeAgenda extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-start-form]');
    const input = this.querySelector<HTMLInputElement>('input[type="time"]');
    const status = this.querySelector<HTMLElement>('[data-start-status]');
    if (!form || !input || !status) return;
    const t = readMessages<Key>('programme-agenda');
    const minutes = this.minutes();
    form.hidden = false;

    const apply = (start: number, announce: boolean) => {
      const clock = formatClock(start);
      agendaSlots(start, minutes).forEach((slot, i) => {
        for (const [attr, value] of [['data-slot-start', slot.start], ['data-slot-end', slot.end]] as const) {
          for (const time of document.querySelectorAll<HTMLTimeElement>(`time[${attr}="${i}"]`)) {
            time.textContent = formatClock(value);
            time.dateTime = formatClock(value);
          }
        }
      });
      const url = new URL(location.href);
      url.searchParams.set('start', clock);
      history.replaceState(history.state, '', url);
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-start]')) {
        const target = new URL(link.href);
        target.searchParams.set('start', clock);
        link.href = `${target.pathname}${target.search}${target.hash}`;
      }
      if (announce) status.textContent = t('programme.startShifted', { time: clock });
    };

    const fromUrl = parseClock(new URL(location.href).searchParams.get('start') ?? '');
    if (fromUrl !== null) {
      input.value = formatClock(fromUrl);
      apply(fromUrl, false);
    }
    input.addEventListener('change', () => {
      const start = parseClock(input.value);
      if (start === null) {
        input.setAttribute('aria-invalid', 'true');
        status.textContent = t('programme.startInvalid');
        return;
      }
      input.removeAttribute('aria-invalid');
      apply(start, true);
    });
  }

  private minutes(): number[] {
    try {
      const parsed: unknown = JSON.parse(this.dataset.minutes ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((m): m is number => typeof m === 'number' && Number.isFinite(m)) : [];
    } catch {
      return [];
    }
  }
}

if (!customElements.get('programme-agenda')) customElements.define('programme-agenda', ProgrammeAgenda);
