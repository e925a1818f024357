// Progressive enhancement only: every page works without this file.
// Forms marked data-confirm ask before a destructive step.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Print buttons (data-print) are hidden without JavaScript; with it they open the browser's print dialog (print.css).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
