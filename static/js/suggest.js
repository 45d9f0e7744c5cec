// Suggestions while typing in a search field marked data-suggest="<endpoint>": the field becomes
// an ARIA 1.2 combobox with a list popup (practices and themes open their page, a term is
// searched for). Focus stays in the field; the options are reached with the arrow keys through
// aria-activedescendant. Without this file the field is a plain search field of its GET form.
(function () {
    "use strict";
    if (!window.fetch || !window.AbortController) {
        return;
    }
    var MIN_LENGTH = 2;
    var DELAY = 150;

    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var strings = input.dataset;
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var options = [];
        var active = -1;
        var timer = null;
        var pending = null;
        // The words the shown options were fetched for, so the same text is not asked twice.
        var shownFor = null;

        list.id = input.id + "-suggesties";
        list.className = "suggest-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", strings.suggestName);
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        input.after(list, status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("autocomplete", "off");

        function announce(text) {
            if (status.textContent !== text) {
                status.textContent = text;
            }
        }

        function setActive(index) {
            if (active >= 0) {
                options[active].element.setAttribute("aria-selected", "false");
            }
            active = index;
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
                return;
            }
            var element = options[index].element;
            element.setAttribute("aria-selected", "true");
            input.setAttribute("aria-activedescendant", element.id);
            element.scrollIntoView({ block: "nearest" });
        }

        function open() {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            setActive(-1);
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
        }

        function forget() {
            window.clearTimeout(timer);
            if (pending) {
                pending.abort();
                pending = null;
            }
            close();
            options = [];
            shownFor = null;
            list.replaceChildren();
            announce("");
        }

        function render(suggestions) {
            close();
            options = suggestions.map(function (suggestion, index) {
                var element = document.createElement("li");
                var label = document.createElement("span");
                var separator = document.createElement("span");
                var kind = document.createElement("span");
                element.id = list.id + "-" + index;
                element.dataset.index = index;
                element.className = "suggest-list__option";
                element.setAttribute("role", "option");
                element.setAttribute("aria-selected", "false");
                // Seen as the title with its kind beside it, heard as "<title>, Praktijk": the
                // name comes from the content, so what is seen is what is heard.
                label.textContent = suggestion.label;
                separator.className = "visually-hidden";
                separator.textContent = ",";
                kind.className = "suggest-list__kind";
                kind.textContent = suggestion.kind_label;
                element.append(label, separator, kind);
                return { element: element, suggestion: suggestion };
            });
            list.replaceChildren.apply(
                list,
                options.map(function (option) {
                    return option.element;
                })
            );
            if (options.length) {
                open();
                announce(
                    options.length === 1
                        ? strings.suggestOne
                        : strings.suggestMany.replace("{n}", options.length)
                );
            } else {
                announce(strings.suggestNone);
            }
        }

        function load(text) {
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            var url = strings.suggest + "?" + new URLSearchParams({ q: text });
            fetch(url, { headers: { Accept: "application/json" }, signal: pending.signal })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.json();
                })
                .then(function (data) {
                    pending = null;
                    shownFor = text;
                    render(data.suggestions);
                })
                .catch(function (error) {
                    // An aborted request was overtaken by newer typing; without suggestions
                    // the field simply stays a search field.
                    if (error.name !== "AbortError") {
                        pending = null;
                        forget();
                    }
                });
        }

        function choose(option) {
            var suggestion = option.suggestion;
            close();
            if (suggestion.kind === "term") {
                input.value = suggestion.label;
                shownFor = null;
                if (input.form.requestSubmit) {
                    input.form.requestSubmit();
                } else {
                    input.form.submit();
                }
            } else {
                window.location.assign(suggestion.url);
            }
        }

        input.addEventListener("input", function () {
            var text = input.value.trim();
            window.clearTimeout(timer);
            if (text.length < MIN_LENGTH) {
                forget();
                return;
            }
            if (text === shownFor) {
                return;
            }
            setActive(-1);
            timer = window.setTimeout(load, DELAY, text);
        });

        input.addEventListener("keydown", function (event) {
            var expanded = !list.hidden;
            switch (event.key) {
                case "ArrowDown":
                case "ArrowUp":
                    if (!options.length || event.altKey) {
                        if (options.length) {
                            open();
                        }
                        return;
                    }
                    event.preventDefault();
                    var last = options.length - 1;
                    var down = event.key === "ArrowDown";
                    open();
                    if (!expanded || active < 0) {
                        setActive(down ? 0 : last);
                    } else if (down) {
                        setActive(active === last ? 0 : active + 1);
                    } else {
                        setActive(active === 0 ? last : active - 1);
                    }
                    break;
                case "Enter":
                    if (expanded && active >= 0) {
                        event.preventDefault();
                        choose(options[active]);
                    } else {
                        close(); // the form submits what was typed
                    }
                    break;
                case "Escape":
                    // The first Escape closes the list, the second clears the field.
                    event.preventDefault();
                    if (expanded) {
                        close();
                    } else if (input.value) {
                        input.value = "";
                        forget();
                    }
                    break;
                case "Tab":
                    close();
                    break;
                case "ArrowLeft":
                case "ArrowRight":
                case "Home":
                case "End":
                    // These move the caret in the field, so no option is active any more.
                    setActive(-1);
                    break;
            }
        });

        // A press on an option must not take focus from the field (which would close the list).
        list.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        list.addEventListener("click", function (event) {
            var element = event.target.closest("[role=option]");
            if (element) {
                choose(options[Number(element.dataset.index)]);
            }
        });
        input.addEventListener("blur", close);
        input.addEventListener("click", function () {
            if (options.length && list.hidden) {
                open();
            }
        });
        // A page restored from the back/forward cache shows no stale list.
        window.addEventListener("pageshow", close);
    });
})();
