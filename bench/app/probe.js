// In-page measuring probe for `npm run bench`, installed with page.addInitScript before any of
// the page's own code runs. Plain JavaScript on purpose: Playwright serializes functions passed
// to page.evaluate, and a transpiler's helpers (tsx's `__name`) would not exist in the page.
//
// Every time is performance.now() in the page, and input times are the events' own timeStamp
// (the moment the browser received the click or key press), so queueing before our handlers run
// is counted against us, as a user would feel it.
/* global performance, document, window, requestAnimationFrame, addEventListener, PerformanceObserver, CSS, NodeFilter, setTimeout */
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: counts stay empty and the table says 0.
  }

  const inputs = { click: 0, keydown: 0, change: 0 };
  for (const type of Object.keys(inputs)) {
    addEventListener(type, (event) => (inputs[type] = event.timeStamp), { capture: true });
  }

  // Event Timing (the basis of INP): a keydown's `duration` runs from the event's timeStamp to
  // the presentation of the first frame after its handlers ran, rounded to the nearest 8 ms (so
  // up to 4 ms under the truth: the probe adds 4). Entries under the observer's threshold
  // (16 ms, the least allowed) are never delivered.
  const EVENT_TIMING_THRESHOLD = 16;
  const EVENT_TIMING_ROUNDING = 4;
  const keyTimings = [];
  let eventTiming = false;
  try {
    eventTiming = PerformanceObserver.supportedEntryTypes.includes('event');
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown') keyTimings.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'event', durationThreshold: EVENT_TIMING_THRESHOLD, buffered: true });
  } catch {
    eventTiming = false;
  }
  /**
   * The armed wait: its condition, and whether it held in the first animation frame after the
   * key, i.e. in the frame whose presentation Event Timing times the key to.
   */
  let watching = null;
  // Asked for before the page's own handlers run (this capture listener is the first of all),
  // so the check runs before any frame callback the key's handlers ask for: a result painted by
  // one of those, or by a task after that frame, is not credited to it.
  // It also notes when that frame ran after the key (`firstFrameMs`): on a loaded machine it can
  // run late enough that a result painted in a later task really is in it, which the self-check
  // must tell apart from a probe that credits a later paint to the key's frame.
  addEventListener(
    'keydown',
    (event) => {
      const w = watching;
      if (w)
        requestAnimationFrame(() => {
          w.firstFrameMs = performance.now() - event.timeStamp;
          w.shownInFirstFrame = conditions[w.condition](w.arg);
        });
    },
    { capture: true },
  );

  /** Total ranges in the product's code highlights (named `<prefix>-c<i>` and `-uncoded`). */
  function codeRanges() {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (/-(c\d+|uncoded)$/.test(name)) n += h.size;
    });
    return n;
  }

  /** Total ranges in the highlight limit page's highlights (`limit-c<i>`). */
  function limitRanges() {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('limit-')) n += h.size;
    });
    return n;
  }

  /** Whether a pending-layer canvas has a painted pixel under the viewport point `at`. */
  function pendingPainted(at) {
    for (const canvas of document.querySelectorAll('canvas.mc-pending-canvas')) {
      const box = canvas.getBoundingClientRect();
      if (at.x < box.left || at.x >= box.right || at.y < box.top || at.y >= box.bottom) continue;
      const x = Math.floor(((at.x - box.left) * canvas.width) / box.width);
      const y = Math.floor(((at.y - box.top) * canvas.height) / box.height);
      const pixel = canvas.getContext('2d')?.getImageData(x, y, 1, 1).data;
      if (pixel && pixel[3] > 0) return true;
    }
    return false;
  }

  const conditions = {
    /** The workbench shows the named document's text, and its highlights when it has any. */
    appOpen: ({ name, expectHighlights }) =>
      document.getElementById('document-heading')?.textContent === name &&
      document.querySelector('[role="document"] [data-start]') !== null &&
      (!expectHighlights || codeRanges() > 0),
    /**
     * One more range is painted than when the key went down, or the workbench's pending layer
     * (a canvas under the text where a new annotation is painted before its range joins a
     * highlight) has colour under `at`, a point in the selected span: pixels where the user looks.
     */
    appCoded: ({ before, at }) => codeRanges() > before || (at !== null && pendingPainted(at)),
    /** The bare page has its paragraphs. */
    bareOpen: () => document.querySelector('#bare-text p') !== null,
    /** The highlight limit page has its paragraphs and its highlights registered. */
    highlightsOpen: () =>
      document.querySelector('#highlights-text p') !== null && limitRanges() > 0,
    /** The highlight limit page has one more range than when the key went down. */
    highlightAdded: (before) => limitRanges() > before,
    /** The peer has drawn highlight spans. */
    peerOpen: (expectHighlights) =>
      document.querySelector('#peer-text p') !== null &&
      (!expectHighlights || document.querySelector('.r6o-annotation') !== null),
    /** The agreement view shows its table. */
    agreementTable: () =>
      document.querySelector('table[aria-label^="Agreement per code"]') !== null,
    /** A dialog of that name shows a table (the merge preview's counts). */
    dialogTable: (label) =>
      Array.from(document.querySelectorAll('dialog[open]')).some(
        (d) => d.getAttribute('aria-label') === label && d.querySelector('table') !== null,
      ),
    /** Whether a button whose accessible label matches `pattern` is shown (`present`) or not. */
    button: ({ pattern, present }) =>
      Array.from(document.querySelectorAll('button[aria-label]')).some((b) =>
        new RegExp(pattern).test(b.getAttribute('aria-label') ?? ''),
      ) === present,
    /** A notice whose title matches. */
    notice: (pattern) =>
      Array.from(document.querySelectorAll('.notice')).some((n) =>
        new RegExp(pattern).test(n.getAttribute('aria-label') ?? ''),
      ),
  };

  const progressSeen = new Set();

  /**
   * Resolves when `condition(arg)` holds, checked once per frame, with the time of the frame
   * after the one that showed it (that frame has been painted) minus the last `input` event
   * (`ms`, the old probe's figure). For a key press it also resolves `presentedMs` (see
   * `presented`).
   */
  function waitFor(input, condition, arg, timeoutMs = 180000) {
    const check = conditions[condition];
    const started = performance.now();
    watching =
      input === 'keydown' ? { condition, arg, shownInFirstFrame: false, firstFrameMs: NaN } : null;
    const watched = watching;
    const alertsBefore = new Set(document.querySelectorAll('[role="alert"]'));
    progressSeen.clear();
    return new Promise((resolve, reject) => {
      const tick = () => {
        for (const p of document.querySelectorAll('progress'))
          progressSeen.add(`${p.getAttribute('aria-label')}:${p.value}`);
        const failed = document.querySelector('[role="alert"]');
        if (failed && !alertsBefore.has(failed)) {
          reject(new Error(`the app reported: ${failed.textContent}`));
          return;
        }
        if (inputs[input] > started && check(arg)) {
          const at = inputs[input];
          requestAnimationFrame(() => {
            const result = { ms: performance.now() - at, progressUpdates: progressSeen.size };
            if (!watched) resolve(result);
            else void presented(at, watched, result.ms).then((p) => resolve({ ...result, ...p }));
          });
          return;
        }
        if (performance.now() - started > timeoutMs) {
          reject(new Error(`timed out waiting for ${condition}`));
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  }

  /**
   * Key press → the first frame that shows the result, presented. When the first frame after
   * the key showed the result, that is the frame Event Timing times the key to, and its
   * `duration` plus its rounding is the figure (`via: 'event timing'`). Otherwise (painted in a
   * later task or frame, no Event Timing, or no entry within a second) the frames figure
   * `framesMs` stands (`via: 'frames'`): the frame after the one that showed it.
   */
  async function presented(keyAt, watched, framesMs) {
    const firstFrameMs = watched.firstFrameMs;
    if (!eventTiming || !watched.shownInFirstFrame)
      return { presentedMs: framesMs, via: 'frames', firstFrameMs };
    const until = performance.now() + 1000;
    for (;;) {
      const entry = keyTimings.find((e) => Math.abs(e.start - keyAt) < 1);
      if (entry)
        return {
          presentedMs: entry.duration + EVENT_TIMING_ROUNDING,
          via: 'event timing',
          firstFrameMs,
        };
      // No entry: under the threshold, or delivered late behind a busy main thread. Either way
      // the frames figure (at least the threshold) is no lower than the truth.
      if (performance.now() > until)
        return {
          presentedMs: Math.max(EVENT_TIMING_THRESHOLD, framesMs),
          via: 'frames',
          firstFrameMs,
        };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  let armed = null;
  /**
   * Starts waiting before the input is sent (so no round trip is timed); `collect` returns the
   * result. For `appCoded` the argument is a point in the span being coded (or null), taken
   * with the range count now.
   */
  function arm(input, condition, arg, timeoutMs) {
    const value = condition === 'appCoded' ? { before: codeRanges(), at: arg } : arg;
    armed = waitFor(input, condition, value, timeoutMs);
    armed.catch(() => undefined);
  }
  function collect() {
    return armed;
  }

  let frames = null;
  function startFrames() {
    frames = [];
    let last = performance.now();
    const loop = (now) => {
      if (!frames) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }
  function stopFrames() {
    const out = frames ?? [];
    frames = null;
    return out;
  }

  /** Long tasks that started after `since` (ms): how many, how many over 100 ms, the longest. */
  function longTasksSince(since) {
    const tasks = longTasks.filter((t) => t.start >= since);
    return {
      count: tasks.length,
      over100: tasks.filter((t) => t.duration > 100).length,
      longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    };
  }

  /** The document's scroll container (the app's, the bare page's or the peer's). */
  function scroller() {
    return document.querySelector(
      '.document-scroll, #bare-scroll, #peer-scroll, #highlights-scroll',
    );
  }

  /**
   * Scrolls the text so the character at `fraction` of the document is in the middle of the
   * view, and returns viewport points for a drag selecting about `length` characters there
   * within one text node, or null.
   */
  async function spanPoints(fraction, length) {
    const root = document.querySelector('[role="document"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').length > length + 20) nodes.push(n);
    }
    const node = nodes[Math.min(nodes.length - 1, Math.floor(fraction * nodes.length))];
    if (!node) return null;
    node.parentElement.scrollIntoView({ block: 'center' });
    // Let the text around settle (blocks rendered on arrival take their real height) before
    // measuring where to drag, as a user sees the text before selecting it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    node.parentElement.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const text = node.textContent;
    // Start and end inside words, so snapping to whole words keeps the span where we put it.
    let at = Math.floor(text.length / 3);
    while (at < text.length && text[at] === ' ') at++;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const first = range.getBoundingClientRect();
    range.setStart(node, at + length - 1);
    range.setEnd(node, at + length);
    const last = range.getBoundingClientRect();
    return {
      x1: first.left + 1,
      y1: first.top + first.height / 2,
      x2: last.right - 1,
      y2: last.top + last.height / 2,
    };
  }

  window.__bench = {
    arm,
    collect,
    startFrames,
    stopFrames,
    longTasksSince,
    codeRanges,
    limitRanges,
    spanPoints,
    now: () => performance.now(),
    scrollHeight: () => scroller()?.scrollHeight ?? 0,
    jumpTo: (y) => {
      const s = scroller();
      if (s) s.scrollTop = y;
    },
  };
})();
