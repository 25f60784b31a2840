// A "Print" button is <button data-print>: no inline onclick (the Content-Security-Policy forbids it).
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("[data-print]");
  if (button) {
    event.preventDefault();
    window.print();
  }
});
