// hattatsu: the little the pages need from script — uploads with progress, waiting for files
// being read, and pointing at the place in the source a value came from. No libraries.
(function () {
  "use strict";

  // Uploads: drag and drop, a progress bar while the bytes go up.
  var form = document.getElementById("upload");
  if (form) {
    var input = document.getElementById("files");
    var bar = document.getElementById("progress");
    ["dragenter", "dragover"].forEach(function (t) {
      form.addEventListener(t, function (e) { e.preventDefault(); form.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      form.addEventListener(t, function (e) { e.preventDefault(); form.classList.remove("over"); });
    });
    form.addEventListener("drop", function (e) { input.files = e.dataTransfer.files; send(); });
    input.addEventListener("change", function () { if (input.files.length) send(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); send(); });
    function send() {
      if (!input.files.length) return;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      bar.hidden = false;
      xhr.upload.onprogress = function (e) { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
      xhr.onload = function () { document.open(); document.write(xhr.responseText); document.close();
        history.replaceState(null, "", xhr.responseURL); };
      xhr.send(new FormData(form));
    }
  }

  // A form sent back with problems: the first one is where the cursor goes.
  var wrong = document.querySelector(".has-problem input, .has-problem textarea");
  if (wrong) { wrong.focus(); wrong.scrollIntoView({block: "center"}); }

  // Files being read: look again until every one is done.
  var poll = document.querySelector("[data-poll='1']");
  if (poll) setTimeout(function () { location.reload(); }, 1200);

  // The source beside the data: a click on a value marks its place.
  var source = document.getElementById("source");
  if (source) {
    var image = document.getElementById("page-image");
    var select = document.getElementById("page-select");
    var base = source.getAttribute("data-doc");
    function showPage(page, find) {
      if (!image || !page) return;
      image.src = base + "/page/" + page + ".png" + (find ? "?find=" + encodeURIComponent(find) : "");
      if (select) select.value = String(page);
    }
    function showLine(line) {
      var hits = source.querySelectorAll("li.hit");
      for (var i = 0; i < hits.length; i++) hits[i].classList.remove("hit");
      var li = source.querySelector("li[data-line='" + line + "']");
      if (li) { li.classList.add("hit"); li.scrollIntoView({block: "center"}); }
    }
    function point(el) {
      var marked = document.querySelectorAll(".located.selected");
      for (var i = 0; i < marked.length; i++) marked[i].classList.remove("selected");
      el.classList.add("selected");
      var page = el.getAttribute("data-page"), line = el.getAttribute("data-line");
      if (image) showPage(page, el.getAttribute("data-find")); else if (line) showLine(line);
    }
    document.addEventListener("click", function (e) {
      var el = e.target.closest && e.target.closest(".located");
      if (el) point(el);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && document.activeElement.classList.contains("located")) point(document.activeElement);
    });
    if (select) select.addEventListener("change", function () { showPage(select.value, ""); });
    // A link from the findings (?page=&line=) opens at that place.
    var q = new URLSearchParams(location.search);
    if (q.get("line") && !image) showLine(q.get("line"));
    if (q.get("page") && image) showPage(q.get("page"), "");
  }
})();
