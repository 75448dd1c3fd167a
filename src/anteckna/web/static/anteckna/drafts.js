/* anteckna: the note-taking page, enhanced. The page works without this file (a plain form
 * with a save button); with it the notes save themselves every few seconds and when a field is
 * left, a copy waits in localStorage until the server has it, and a save made on an old
 * revision is shown as a conflict instead of overwriting anyone.
 *
 * The local copy is kept only while there are unsaved changes, with the revision they were
 * made on ("base"). On load: a copy on the server's current revision is newer than the server's
 * and is restored and saved; a copy on an older revision is shown as a conflict to decide.
 */
(function () {
  "use strict";

  var form = document.getElementById("draft-form");
  if (!form) return;
  var stateLine = document.getElementById("draft-state");
  var conflictBox = document.getElementById("draft-conflict");
  var revisionInput = form.querySelector('input[name="revision"]');
  var storageKey = "anteckna-draft-" + form.dataset.draft;
  var INTERVAL = 3000;

  var dirty = false;
  var saving = false;
  var blocked = false; /* a conflict or a locked draft: nothing is sent until a person decides */
  var pendingRevision = null;

  function entries() {
    var list = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && name !== "revision") list.push([name, String(value)]);
    });
    return list;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function show(state, text) {
    document.body.dataset.draftState = state;
    stateLine.textContent = text;
  }

  function readCopy() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (error) {
      return null;
    }
  }

  function writeCopy(extra) {
    var copy = { base: Number(revisionInput.value), at: Date.now(), entries: entries() };
    Object.assign(copy, extra || {});
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(copy));
    } catch (error) {
      /* storage full or off: the server copy still comes every few seconds */
    }
  }

  function dropCopy() {
    try {
      window.localStorage.removeItem(storageKey);
    } catch (error) {
      /* nothing kept, nothing to drop */
    }
  }

  /* Lists whose rows the script can add: the last row is always left blank to type into. */
  function listOf(name) {
    var best = null;
    form.querySelectorAll("[data-list]").forEach(function (list) {
      var prefix = list.dataset.list + "-";
      if (name.indexOf(prefix) === 0 && /^\d+-/.test(name.slice(prefix.length))) {
        if (!best || list.dataset.list.length > best.dataset.list.length) best = list;
      }
    });
    return best;
  }

  function rows(list) {
    return Array.prototype.filter.call(list.children, function (child) {
      return child.classList.contains("row");
    });
  }

  function addRow(list) {
    var template = form.querySelector('template[data-template="' + list.dataset.list + '"]');
    var index = rows(list).reduce(function (highest, row) {
      var field = row.querySelector("[name]");
      var rest = field.name.slice(list.dataset.list.length + 1);
      return Math.max(highest, parseInt(rest, 10) + 1);
    }, 0);
    list.insertAdjacentHTML("beforeend", template.innerHTML.split("__i__").join(String(index)));
    return rows(list)[rows(list).length - 1];
  }

  function ensureField(name) {
    var field = form.querySelector('[name="' + CSS.escape(name) + '"]');
    var list = listOf(name);
    var guard = 0;
    while (!field && list && guard++ < 200) {
      addRow(list);
      field = form.querySelector('[name="' + CSS.escape(name) + '"]');
    }
    return field;
  }

  function keepBlankRow(list) {
    var all = rows(list);
    var last = all[all.length - 1];
    var text = last && last.querySelector("input");
    if (text && text.value.trim() !== "") addRow(list);
  }

  function restore(saved) {
    var values = {};
    saved.forEach(function (pair) {
      (values[pair[0]] = values[pair[0]] || []).push(pair[1]);
    });
    Object.keys(values).forEach(ensureField);
    form.querySelectorAll("[name]").forEach(function (field) {
      var given = values[field.name];
      if (field.name === "csrfmiddlewaretoken" || field.name === "revision") return;
      if (field.type === "radio") {
        if (given) field.checked = given.indexOf(field.value) !== -1;
      } else if (field.multiple) {
        Array.prototype.forEach.call(field.options, function (option) {
          option.selected = !!given && given.indexOf(option.value) !== -1;
        });
      } else if (given && field.type !== "hidden") {
        field.value = given[given.length - 1];
      }
    });
    form.querySelectorAll("[data-list]").forEach(keepBlankRow);
  }

  function readable(content) {
    var lines = [];
    (content.items || []).forEach(function (item, n) {
      lines.push(n + 1 + ". " + item.title);
      if (item.text) lines.push(item.text);
      (item.decisions || []).forEach(function (d) { lines.push("• " + d); });
      (item.actions || []).forEach(function (a) {
        lines.push("• " + a.text + (a.owners.length ? " (" + a.owners.join(", ") + ")" : ""));
      });
      (item.follow_ups || []).forEach(function (f) { lines.push("• " + f.text); });
      lines.push("");
    });
    return lines.join("\n");
  }

  function showConflict(message, theirs, revision) {
    blocked = true;
    pendingRevision = revision;
    conflictBox.hidden = false;
    conflictBox.querySelector(".conflict-message").textContent = message;
    conflictBox.querySelector(".conflict-theirs").textContent = theirs ? readable(theirs) : "";
    show("conflict", message);
  }

  function save() {
    if (saving || blocked || !dirty) return;
    saving = true;
    var sent = entries();
    var body = new URLSearchParams(new FormData(form));
    show("saving", stateLine.dataset.saving);
    fetch(form.dataset.autosave, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", Accept: "application/json" },
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { status: response.status, data: data };
        });
      })
      .then(function (answer) {
        saving = false;
        var data = answer.data;
        if (answer.status === 200) {
          revisionInput.value = data.revision;
          if (same(sent, entries())) {
            dirty = false;
            dropCopy();
          } else {
            writeCopy();
          }
          show("saved", stateLine.dataset.saved + " " + new Date().toLocaleTimeString());
        } else if (answer.status === 409) {
          showConflict(data.message, data.content, data.revision);
          if (data.error === "locked") conflictBox.querySelector('[data-conflict="mine"]').hidden = true;
        } else {
          blocked = answer.status !== 400;
          show("invalid", stateLine.dataset.invalid + " " + (data.message || data.error));
        }
      })
      .catch(function () {
        saving = false;
        show("offline", stateLine.dataset.offline);
      });
  }

  function changed(event) {
    dirty = true;
    writeCopy();
    if (document.body.dataset.draftState === "invalid") blocked = false;
    var list = event && event.target && event.target.closest && event.target.closest("[data-list]");
    if (list) keepBlankRow(list);
  }

  function sentenceAt(area) {
    var text = area.value;
    var start = area.selectionStart;
    var end = area.selectionEnd;
    if (end > start) return text.slice(start, end).trim();
    var before = text.slice(0, start);
    var from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("! "),
      before.lastIndexOf("? "));
    var rest = text.slice(start);
    var stop = rest.search(/[.!?](\s|$)|\n/);
    return text.slice(from + 1, stop === -1 ? text.length : start + stop + 1).trim();
  }

  function mark(button) {
    var item = button.closest(".draft-item");
    var sentence = sentenceAt(item.querySelector("textarea"));
    if (!sentence) return;
    var list = item.querySelector('[data-list$="-' + button.dataset.mark + '"]');
    var all = rows(list);
    var row = all[all.length - 1];
    var field = row.querySelector("input");
    if (field.value.trim() !== "") {
      row = addRow(list);
      field = row.querySelector("input");
    }
    field.value = sentence;
    changed({ target: field });
    var next = row.querySelector("select, input[type=number]") || field;
    next.focus();
  }

  form.querySelectorAll(".js-only").forEach(function (element) {
    element.hidden = false;
  });
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("focusout", function () {
    window.setTimeout(save, 0);
  });
  form.addEventListener("submit", function () {
    writeCopy({ submitted: true });
  });
  form.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-mark], button[data-add]");
    if (!button) return;
    if (button.dataset.mark) mark(button);
    if (button.dataset.add) addRow(form.querySelector('[data-list="' + button.dataset.add + '"]'));
  });
  conflictBox.addEventListener("click", function (event) {
    var choice = event.target.dataset && event.target.dataset.conflict;
    if (choice === "theirs") {
      dropCopy();
      window.location.reload();
    } else if (choice === "mine") {
      var copy = readCopy();
      if (copy && copy.entries && !same(copy.entries, entries())) restore(copy.entries);
      revisionInput.value = pendingRevision;
      conflictBox.hidden = true;
      blocked = false;
      dirty = true;
      save();
    }
  });
  window.setInterval(save, INTERVAL);
  window.addEventListener("online", save);

  var copy = readCopy();
  var serverRevision = Number(revisionInput.value);
  if (copy && copy.entries && !same(copy.entries, entries())) {
    if (copy.base === serverRevision) {
      restore(copy.entries);
      dirty = true;
      show("restored", stateLine.dataset.restored);
      save();
    } else if (copy.base < serverRevision && !copy.submitted) {
      showConflict(conflictBox.dataset.stale, null, serverRevision);
    } else {
      dropCopy();
    }
  } else if (copy) {
    dropCopy();
  }
})();
