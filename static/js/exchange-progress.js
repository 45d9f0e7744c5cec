// Import forms in the admin: while the server checks or imports a large file, show an
// indeterminate progress bar and prevent a second submit. Without JavaScript the form simply
// posts and the browser shows its own loading state.
document.querySelectorAll(".exchange-busy-form").forEach((form) => {
  form.addEventListener("submit", () => {
    const progress = form.querySelector(".exchange-progress");
    if (progress) progress.hidden = false;
    form.querySelectorAll("button[type=submit]").forEach((button) => {
      button.disabled = true;
    });
  });
});
