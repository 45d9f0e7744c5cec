// Import pages in the admin. Forms: while the server checks a large file, show an
// indeterminate progress bar and prevent a second submit. Status page: while the import runs in
// the background, follow its progress and show the result when it ends. Without JavaScript the
// form simply posts and the status page has a "Status vernieuwen" link.
document.querySelectorAll(".exchange-busy-form").forEach((form) => {
  form.addEventListener("submit", () => {
    const progress = form.querySelector(".exchange-progress");
    if (progress) progress.hidden = false;
    form.querySelectorAll("button[type=submit]").forEach((button) => {
      button.disabled = true;
    });
  });
});

document.querySelectorAll("[data-exchange-status]").forEach((section) => {
  const bar = section.querySelector("[data-exchange-progress]");
  if (!bar) return; // finished already
  const label = section.querySelector("[data-exchange-label]");
  const text = section.querySelector("[data-exchange-text]");
  const follow = async () => {
    let status;
    try {
      const response = await fetch(section.dataset.exchangeStatus, {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      status = await response.json();
    } catch {
      window.setTimeout(follow, 5000); // a hiccup: try again a little later
      return;
    }
    if (!status.pending) {
      window.location.reload(); // the page itself shows the result and its messages
      return;
    }
    bar.max = Math.max(status.total, 1);
    bar.value = status.written;
    label.textContent = status.label;
    text.textContent = status.text;
    window.setTimeout(follow, 2000);
  };
  window.setTimeout(follow, 2000);
});
