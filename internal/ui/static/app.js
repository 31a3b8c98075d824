// corroborate: small enhancements; every page works without this file.
// A citation marker opens its passage in place instead of jumping to it.
"use strict";
document.addEventListener("click", function (ev) {
  var a = ev.target.closest ? ev.target.closest("a.cite") : null;
  if (!a) return;
  var id = a.getAttribute("aria-controls");
  var box = id && document.getElementById(id);
  if (!box) return;
  ev.preventDefault();
  var open = !box.classList.contains("open");
  box.classList.toggle("open", open);
  a.setAttribute("aria-expanded", open ? "true" : "false");
  if (open && history.replaceState) history.replaceState(null, "", "#" + id);
});
