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
