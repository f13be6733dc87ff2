// Skriptet i det fristående formuläret som `audit checklist --format html` och `audit init`
// skriver. Det har inga egna regler: tillåtna svar, svarstyper, alternativ, felmeddelanden och
// CSV-filens celler läses ur JSON-blocket #form-data, som audit genererar ur pliktmodellen och
// ur samma meddelandemallar som `audit validate` använder. Inget hämtas från nätet.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("form-data").textContent);
  const numberPattern = new RegExp(data.numberPattern);
  const state = { role: "", answers: {}, exceptions: [] };

  // Samma folding som audit: gemener, mellanrum ihop, inga i ändarna.
  function normalized(text) {
    return text.toLowerCase().split(/\s+/).filter(Boolean).join(" ");
  }

  function fill(template, values) {
    return Object.keys(values).sort().reduce(function (text, name) {
      return text.split("{" + name + "}").join(values[name]);
    }, template);
  }

  function field(question) {
    return document.querySelector('fieldset[data-question="' + CSS.escape(question.id) + '"]');
  }

  function part(box, name) {
    return box.querySelector('[data-part="' + name + '"]');
  }

  // Svaret som det skrivs i filen, läst ur kontrollerna.
  function readAnswer(question, box) {
    if (question.kind === "yesPartialNo") {
      const checked = box.querySelector('[data-part="answer"]:checked');
      return checked ? checked.value : "";
    }
    if (question.kind === "number" || question.kind === "date") {
      const other = part(box, "other").value;
      return other !== "" ? other : part(box, "value").value.trim();
    }
    return part(box, "answer").value.trim();
  }

  function writeAnswer(question, box, answer) {
    if (question.kind === "yesPartialNo") {
      box.querySelectorAll('[data-part="answer"]').forEach(function (input) {
        input.checked = input.value === answer;
      });
    } else if (question.kind === "number" || question.kind === "date") {
      const common = data.commonWords.indexOf(normalized(answer)) >= 0;
      part(box, "other").value = common ? normalized(answer) : "";
      part(box, "value").value = common ? "" : answer;
    } else {
      part(box, "answer").value = answer;
    }
  }

  function isDay(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const year = Number(match[1]), month = Number(match[2]), day = Number(match[3]);
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    return year >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }

  // Samma kontroller och samma meddelanden som audit validate.
  function problems(question, answer, comment) {
    const found = [];
    const values = { "svar": answer, "fråga": question.id };
    const word = normalized(answer);
    function report(template, extra) {
      const all = Object.assign({}, values, extra || {});
      found.push(fill(template.message, all) + " — " + fill(template.help, all));
    }
    if (answer !== "" && data.commonWords.indexOf(word) < 0) {
      if (question.kind === "yesPartialNo" && data.scoredWords.indexOf(word) < 0) {
        report(data.messages.notAllowed);
      } else if (question.kind === "number") {
        const compact = answer.replace(/[\s\u00a0]/g, "").split(",").join(".");
        if (!numberPattern.test(compact)) report(data.messages.notNumber);
      } else if (question.kind === "date" && !isDay(answer)) {
        report(data.messages.notDate);
      } else if (question.kind === "choice") {
        const known = question.choices.some(function (choice) {
          return normalized(choice) === word;
        });
        if (!known) {
          report(data.messages.notChoice, {
            "alternativ": question.choices.concat(data.commonWords).join(" / "),
          });
        }
      }
    }
    if (word === "ej aktuellt") {
      if (question.notApplicable === null) {
        report(data.messages.notApplicableNotAllowed, { "omfattning": question.appliesEverywhere });
      } else if (comment.trim() === "") {
        report(data.messages.missingReason, { "när": question.notApplicable });
      }
    }
    return found;
  }

  function check(question) {
    const box = field(question);
    const entry = {
      answer: readAnswer(question, box),
      comment: part(box, "comment").value,
      evidence: part(box, "evidence").value,
      confirmed: part(box, "confirm") ? part(box, "confirm").checked : false,
    };
    state.answers[question.id] = entry;
    const found = problems(question, entry.answer, entry.comment);
    const message = box.querySelector(".message");
    message.textContent = found.join(" ");
    box.classList.toggle("has-problem", found.length > 0);
    box.classList.toggle("answered", entry.answer !== "");
    box.classList.toggle("unconfirmed", isUnconfirmed(question, entry));
    return found.length;
  }

  // Undantagen: samma kontroller och meddelanden som audit validate.
  function exceptionBoxes() {
    return Array.prototype.slice.call(document.querySelectorAll("fieldset[data-exception]"));
  }

  function readException(box) {
    return {
      duty: part(box, "duty").value,
      justification: part(box, "justification").value,
      until: part(box, "until").value.trim(),
    };
  }

  function checkExceptions() {
    const seen = {};
    state.exceptions = exceptionBoxes().map(function (box) {
      const row = readException(box);
      const errors = [], warnings = [];
      const values = { "plikt": row.duty, "svar": row.until };
      function say(list, template, extra) {
        const all = Object.assign({}, values, extra || {});
        list.push(fill(template.message, all) + " — " + fill(template.help, all));
      }
      const used = row.duty !== "" || row.justification.trim() !== "" || row.until !== "";
      if (used && row.duty === "") {
        say(errors, data.messages.exceptionWithoutDuty);
      } else if (row.duty !== "" && seen[row.duty]) {
        say(errors, data.messages.exceptionTwice);
      } else if (row.duty !== "") {
        seen[row.duty] = true;
        if (row.justification.trim() === "") say(errors, data.messages.exceptionWithoutJustification);
        if (row.until === "") {
          say(errors, data.messages.exceptionWithoutEnd);
        } else if (!isDay(row.until)) {
          say(errors, data.messages.exceptionEndNotDate);
        } else if (row.until < data.referenceDate) {
          say(warnings, data.messages.exceptionExpired,
            { "datum": row.until, "referensdatum": data.referenceDate });
        }
      }
      box.querySelector(".message").textContent = errors.concat(warnings).join(" ");
      box.classList.toggle("has-problem", errors.length > 0);
      return row;
    });
  }

  function progress() {
    let answered = 0, faults = 0;
    document.querySelectorAll("section.area").forEach(function (section) {
      const boxes = section.querySelectorAll("fieldset[data-question]");
      const done = section.querySelectorAll("fieldset.answered").length;
      answered += done;
      faults += section.querySelectorAll("fieldset.has-problem").length;
      section.querySelector("progress").value = done;
      document.querySelectorAll('[data-count-for="' + section.id + '"]').forEach(function (span) {
        span.textContent = done + " av " + boxes.length;
      });
    });
    faults += document.querySelectorAll("fieldset.exception.has-problem").length;
    const unconfirmed = document.querySelectorAll("fieldset.unconfirmed").length;
    document.getElementById("total").textContent =
      answered + " av " + data.questions.length + " frågor besvarade" + (unconfirmed === 0 ? "" :
        ", varav " + unconfirmed + " överförda från förra omgången och inte bekräftade");
    document.getElementById("problems").textContent = faults === 0 ? "" :
      (faults === 1 ? "1 ruta" : faults + " rutor") + " har ett fel att rätta (se röd text).";
  }

  function store() {
    try {
      localStorage.setItem(data.storageKey, JSON.stringify(state));
    } catch (error) {
      document.getElementById("saved").textContent =
        "Webbläsaren sparar inte svaren medan du arbetar; spara filen ofta med Spara svar.";
    }
  }

  // Svar som audit init förde över från förra omgången står redan i cellerna.
  function prefill() {
    const columns = data.csv.answerColumns;
    data.questions.forEach(function (question) {
      const box = field(question);
      writeAnswer(question, box, question.cells[columns[0]]);
      part(box, "comment").value = question.cells[columns[1]];
      part(box, "evidence").value = question.cells[columns[2]];
    });
  }

  function restore() {
    let saved = null;
    try {
      saved = JSON.parse(localStorage.getItem(data.storageKey) || "null");
    } catch (error) {
      saved = null;
    }
    if (!saved || typeof saved !== "object") return;
    document.getElementById("roll").value = saved.role || "";
    data.questions.forEach(function (question) {
      const entry = saved.answers && saved.answers[question.id];
      if (!entry) return;
      const box = field(question);
      writeAnswer(question, box, entry.answer || "");
      part(box, "comment").value = entry.comment || "";
      part(box, "evidence").value = entry.evidence || "";
      const confirm = part(box, "confirm");
      if (confirm) confirm.checked = entry.confirmed === true;
    });
    exceptionBoxes().forEach(function (box, index) {
      const row = (saved.exceptions || [])[index];
      if (!row) return;
      part(box, "duty").value = row.duty || "";
      part(box, "justification").value = row.justification || "";
      part(box, "until").value = row.until || "";
    });
  }

  // Ett överfört svar som varken ändrats eller bekräftats räknas som obekräftat, som i validate.
  function isUnconfirmed(question, entry) {
    return question.carried !== null && !entry.confirmed && entry.answer !== "" &&
      normalized(entry.answer) === normalized(question.carried);
  }

  // CSV som audit skriver den: semikolon, CRLF, BOM, citattecken vid behov och skydd mot
  // formler (en cell som börjar med = + - @ tabb eller CR får ett ' först, utom rena tal).
  function neutralized(cell) {
    if (!/^[=+\-@\t\r]/.test(cell) || /^-?[0-9]+([.,][0-9]+)?$/.test(cell)) return cell;
    return "'" + cell;
  }

  function encode(cell, force) {
    const text = neutralized(cell);
    const quote = force || /^[ \t]|[ \t]$|[";\r\n]/.test(text);
    return quote ? '"' + text.split('"').join('""') + '"' : text;
  }

  function csv(rows) {
    return rows.map(function (row, rowIndex) {
      return row.map(function (cell, column) {
        return encode(cell, rowIndex === 0 && column === 0 && cell.indexOf("ID") === 0);
      }).join(";") + "\r\n";
    }).join("");
  }

  function responseRows() {
    const head = data.csv.head.map(function (row) { return row.slice(); });
    head[data.csv.roleRow][1] = state.role.trim();
    const columns = data.csv.answerColumns;
    const body = data.questions.map(function (question) {
      const cells = question.cells.slice();
      const entry = state.answers[question.id] || { answer: "", comment: "", evidence: "" };
      cells[columns[0]] = entry.answer.trim();
      cells[columns[1]] = entry.comment.trim();
      cells[columns[2]] = entry.evidence.trim();
      if (data.csv.markColumn !== null && entry.confirmed && question.carried !== null) {
        cells[data.csv.markColumn] = data.csv.confirmed;
      }
      return cells;
    });
    const exceptions = state.exceptions.filter(function (row) {
      return row.duty !== "" || row.justification.trim() !== "" || row.until !== "";
    }).map(function (row) {
      return [row.duty, row.justification.trim(), row.until];
    });
    return head.concat(body, data.csv.tail, exceptions);
  }

  function save() {
    data.questions.forEach(check);
    checkExceptions();
    progress();
    store();
    const blob = new Blob(["\ufeff" + csv(responseRows())], { type: "text/csv;charset=utf-8" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = data.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    document.getElementById("saved").textContent = "Sparade " + data.fileName +
      ". Skicka filen till länsstyrelsen.";
  }

  prefill();
  restore();
  state.role = document.getElementById("roll").value;
  data.questions.forEach(function (question) {
    const box = field(question);
    check(question);
    function changed(event) {
      const target = event.target;
      if (target.dataset.part === "value" && target.value !== "") part(box, "other").value = "";
      if (target.dataset.part === "other" && target.value !== "") part(box, "value").value = "";
      check(question);
      progress();
      store();
    }
    box.addEventListener("input", changed);
    box.addEventListener("change", changed);
  });
  exceptionBoxes().forEach(function (box) {
    function changed() {
      checkExceptions();
      progress();
      store();
    }
    box.addEventListener("input", changed);
    box.addEventListener("change", changed);
  });
  checkExceptions();
  document.getElementById("roll").addEventListener("input", function (event) {
    state.role = event.target.value;
    store();
  });
  document.getElementById("spara").addEventListener("click", save);
  progress();
})();
