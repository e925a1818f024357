// Progressive enhancement only: every page works without this file.
// Forms marked data-confirm ask before a destructive step.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
