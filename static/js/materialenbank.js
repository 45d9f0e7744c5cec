// Progressive enhancement of the materialenbank filters: without this file the form works as a
// plain GET form. With it, changing a filter or the sort order updates results and counts in
// place (from the ?format=json answer) and keeps the browser's URL and history right.
(function () {
    "use strict";
    var form = document.querySelector("form[data-live-filters]");
    if (!form || !window.fetch || !window.history.pushState) {
        return;
    }
    var facets = document.getElementById("facets");
    var results = document.getElementById("results");
    var status = document.getElementById("result-count");
    var pending = null;

    function queryOf(formElement) {
        var params = new URLSearchParams(new FormData(formElement));
        params.delete("page");
        if (!params.get("q")) {
            params.delete("q");
        }
        // Keep shared URLs short: the default order needs no parameter.
        var sort = formElement.querySelector("select[name=sort]");
        if (sort && sort.value === sort.dataset.default) {
            params.delete("sort");
        }
        return params.toString();
    }

    function render(data, focusId) {
        facets.innerHTML = data.html.facets;
        results.innerHTML = data.html.results;
        status.textContent = data.status;
        var focusTarget = focusId && document.getElementById(focusId);
        if (focusTarget) {
            focusTarget.focus();
        }
    }

    function load(query, push, focusId) {
        var url = form.action + (query ? "?" + query : "");
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        form.setAttribute("aria-busy", "true");
        fetch(url + (query ? "&" : "?") + "format=json", {
            headers: { Accept: "application/json" },
            signal: pending.signal
        })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (data) {
                render(data, focusId);
                if (push) {
                    window.history.pushState({ query: query }, "", url);
                }
            })
            .catch(function (error) {
                if (error.name !== "AbortError") {
                    window.location.assign(url);
                }
            })
            .finally(function () {
                form.removeAttribute("aria-busy");
            });
    }

    form.addEventListener("change", function (event) {
        if (event.target.matches("input[type=checkbox], select")) {
            load(queryOf(form), true, event.target.id);
        }
    });

    window.history.replaceState({ query: window.location.search.slice(1) }, "");
    window.addEventListener("popstate", function (event) {
        var query = event.state ? event.state.query : window.location.search.slice(1);
        document.getElementById("q").value = new URLSearchParams(query).get("q") || "";
        load(query, false, null);
    });
})();
