// tierfit: a browser that refuses localStorage (private mode, blocked site
// data) makes reading it throw, and go-app reads it while starting. Give the
// page an in-memory storage instead, so the app starts; the app sees the flag
// and tells the user their work is not saved. Storage that is only full is
// left alone: the app handles failed writes itself.
(function () {
  try {
    var s = window.localStorage, k = "__tierfit_probe__";
    s.setItem(k, k);
    s.removeItem(k);
    return;
  } catch (e) {
    if (e && e.name === "QuotaExceededError") {
      return;
    }
  }
  var data = new Map();
  var memory = Object.create({
    getItem: function (k) { return data.has(String(k)) ? data.get(String(k)) : null; },
    setItem: function (k, v) { data.set(String(k), String(v)); },
    removeItem: function (k) { data.delete(String(k)); },
    clear: function () { data.clear(); },
    key: function (i) { return Array.from(data.keys())[i] || null; },
    get length() { return data.size; }
  });
  try {
    Object.defineProperty(window, "localStorage", { configurable: true, get: function () { return memory; } });
    window.__tierfitMemoryStorage = true;
  } catch (e) {}
})();

// tierfit: what is typed into the pre-rendered form before the app has
// started is kept here, field by field, and applied when the app mounts
// (early.go): no keystroke is lost on a slow machine.
(function () {
  var early = window.__tierfitEarly = {};
  function keep(e) {
    var el = e.target;
    if (window.__tierfitStarted || !el || !el.id || el.id.indexOf("f-") !== 0) {
      return;
    }
    if (el.type === "checkbox") {
      early[el.id] = el.checked ? "\u0001on" : "\u0001off";
    } else {
      early[el.id] = el.value;
    }
  }
  document.addEventListener("input", keep, true);
  document.addEventListener("change", keep, true);
})();
