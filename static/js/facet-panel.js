// The filter panel of the materialenbank and the cases: on a small screen it starts folded, so
// the results come first, and its summary counts the chosen filters. Without this file the
// panel stays open, as on a wide screen (where the summary is hidden).
(function () {
    "use strict";
    var narrow = window.matchMedia("(max-width: 55.99rem)");
    document.querySelectorAll("[data-facet-panel]").forEach(function (panel) {
        var count = panel.querySelector("[data-facet-panel-count]");
        var chosenText = count.dataset.label;
        function recount() {
            var chosen = panel.querySelectorAll("input[type=checkbox]:checked").length;
            var text = chosen ? "(" + chosen + " " + chosenText + ")" : "";
            if (count.textContent !== text) {
                count.textContent = text;
            }
        }
        if (narrow.matches) {
            panel.open = false;
        }
        // A wide screen hides the summary, so a folded panel could not be opened there.
        narrow.addEventListener("change", function (event) {
            if (!event.matches) {
                panel.open = true;
            }
        });
        recount();
        panel.addEventListener("change", recount);
        // The materialenbank script replaces the filters after each change.
        // (Only the filters are watched: the count itself lives in the summary.)
        new MutationObserver(recount).observe(panel.querySelector("[data-facet-panel-filters]"), {
            childList: true,
            subtree: true
        });
    });
})();
