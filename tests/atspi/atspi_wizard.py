#!/usr/bin/python3
"""A practice diagnosis completed through AT-SPI with the keyboard alone, as Orca users do.

Run by run_atspi_test.sh inside a private D-Bus session and Xvfb. Starts the real wizard
(`--practice wrong-password`), presses keys with xdotool, and reads everything back from the
accessibility tree and the events it sends:
- every tab stop has a name; the sign-in choices sit in a group named by their question;
- the registry field's feedback is announced, a mistake marks it invalid;
- the password typed never appears in any event (Qt 6.4 sends typed characters in text events);
- the explanation of a pasted error message is announced with the symptoms it ticks;
- progress is announced; the window title and the step list say the step;
- when results appear the keyboard is on the headline, the one-line answer, which names the
  first cause ("Sign-in to contoso.azurecr.io fails: <its title>"), and it is announced; Tab then reads the card (name = title, description = explanation and first step),
  its Copy button (announced "Copied"), its links (links, once each) before Back and New check.
The expected cause comes from registry-doctor-cli on the same practice scenario.
Arguments: WIZARD CLI. SHOT_DIR=dir saves screenshots of each step.
"""
import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import Gio, GLib

WIZARD, CLI = sys.argv[1], sys.argv[2]
SCENARIO = "wrong-password"
USER = "trainee"
# Characters typed nowhere else in this test: any of them in a text event would be a leak.
PASSWORD = "QWK7#5%"
PASTED = "unauthorized: authentication required"

events = []          # every event received: (type, source name, source role, detail1, any_data)
signals = []         # every signal on the accessibility bus, raw: (path, interface, member, arguments)
focus = {"obj": None, "history": []}
failures = []
EDITABLE = {}        # object path -> name of every field that had the keyboard


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, flush=True)
    return condition


def safe(f, default=""):
    try:
        return f()
    except Exception:
        return default


def on_event(e):
    src = e.source
    name = safe(lambda: src.name)
    role = safe(lambda: src.getRoleName())
    data = e.any_data
    if not isinstance(data, (str, int, float)):
        data = safe(lambda: data.name, "") if data is not None else ""
    events.append((str(e.type), name, role, e.detail1, data))
    if str(e.type).startswith("object:state-changed:focused") and e.detail1 == 1:
        focus["obj"] = src
        focus["history"].append((name, role))
        if role in ("text", "password text", "entry"):
            EDITABLE[safe(lambda: src.path)] = name


def on_signal(connection, sender, path, interface, member, parameters):
    signals.append((path, interface, member, parameters.unpack()))


def listen_to_the_bus():
    # The raw D-Bus signals as the application sends them, each with the value it carried then
    # (libatspi's events report an object's name as it is when they are handled, not as it was).
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NONE, -1, None).unpack()[0]
    bus = Gio.DBusConnection.new_for_address_sync(
        address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
    bus.signal_subscribe(None, None, None, None, None, Gio.DBusSignalFlags.NONE, on_signal)
    return bus


def pump(seconds=0.3):
    end = time.time() + seconds
    ctx = GLib.MainContext.default()
    while time.time() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.01)


def wait_for(predicate, timeout=20.0, what="condition"):
    end = time.time() + timeout
    while time.time() < end:
        pump(0.1)
        result = safe(predicate, None)
        if result:
            return result
    check(False, "timed out waiting for " + what)
    return None


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    pump(0.35)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "40", text], check=True)
    pump(0.4)


def shot(name):
    directory = os.environ.get("SHOT_DIR")
    if directory:
        subprocess.run(["import", "-window", "root", os.path.join(directory, name + ".png")], check=False)


def focused():
    return focus["obj"]


def fname():
    return safe(lambda: focused().name)


def frole():
    return safe(lambda: focused().getRoleName())


def tab_until(predicate, limit=40, what="a control"):
    for _ in range(limit):
        key("Tab")
        check(fname().strip() != "", "a tab stop without a name (role %s)" % frole())
        if safe(predicate, False):
            return True
    check(False, "Tab never reached " + what)
    return False


def descendants(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    for i in range(safe(lambda: acc.childCount, 0)):
        child = safe(lambda: acc.getChildAtIndex(i), None)
        if child is not None:
            yield from descendants(child, depth + 1)


def text_of(acc):
    t = safe(lambda: acc.queryText(), None)
    return safe(lambda: t.getText(0, -1)) if t else ""


LIVE = {"path": None}


def announcements():
    # The texts inserted in the status line, in order: each one an announcement.
    return [str(args[3]) for (path, interface, member, args) in signals
            if member == "TextChanged" and args and args[0] == "insert" and path == LIVE["path"] and args[3]]


def expected_diagnosis():
    run = subprocess.run([CLI, "check", "--practice", SCENARIO, "--username", USER, "--password-stdin",
                          "--sign-in", "password", "--format", "json", "--lang", "en"],
                         input=PASSWORD.encode(), capture_output=True, timeout=60)
    report = json.loads(run.stdout)
    cause = report["causes"][0]
    first_command = ""
    for step in cause["remediation"]:
        for command in step.get("commands", []):
            if command["shell"] == "bash":
                first_command = command["command"]
                break
        if first_command:
            break
    return cause, first_command


def main():
    cause, first_command = expected_diagnosis()
    print("expected cause:", cause["id"], "-", cause["title"], flush=True)

    bus = listen_to_the_bus()
    pyatspi.Registry.registerEventListener(on_event, "object:state-changed", "object:property-change",
                                           "object:text-changed", "object:children-changed", "window")
    pump(0.5)
    app_proc = subprocess.Popen([WIZARD, "--practice", SCENARIO, "--lang", "en"])
    try:
        run_flow(cause, first_command)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
    leak_checks()
    print("announcements:", json.dumps(announcements(), ensure_ascii=False, indent=1), flush=True)
    print("%d events, %d raw signals seen" % (len(events), len(signals)), flush=True)
    if failures:
        print("focus history:", focus["history"], flush=True)
    del bus
    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("PASS: the practice diagnosis was completed through AT-SPI with the keyboard alone")
    return 0


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and safe(lambda: a.name) == "registry-doctor":
            return a
    return None


def frame_name(app):
    return safe(lambda: app.getChildAtIndex(0).name)


def run_flow(cause, first_command):
    app = wait_for(find_app, 30, "the wizard on the accessibility bus")
    if not app:
        return
    wait_for(lambda: "Step 1 of 4" in frame_name(app), 20, "the window title to say step 1")
    live = [a for a in descendants(app) if safe(lambda: a.getRoleName()) == "notification"]
    if check(len(live) == 1, "no single notification (the status line) in the tree: %d" % len(live)):
        LIVE["path"] = safe(lambda: live[0].path, None) or safe(lambda: live[0].get_path(), None)
        check(LIVE["path"] is not None, "the status line's object path is unknown")
    win = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Registry Doctor"],
                         capture_output=True, text=True, timeout=30).stdout.split()
    if win:
        subprocess.run(["xdotool", "windowfocus", "--sync", win[0]], check=False)
    pump(1.0)

    # Page 1. The keyboard starts in the registry field (keys may be needed to get an event).
    if not focused():
        key("shift+Tab")
        key("Tab")
    wait_for(lambda: fname() == "Registry" and frole() == "text", 10, "the registry field to have the keyboard")
    shot("atspi-1-registry")
    # A mistake: announced, and the field says it is invalid.
    key("ctrl+a")
    type_text("bad name!")
    wait_for(lambda: any(a.startswith("Invalid entry") for a in announcements()), 5, "the invalid entry announced")
    check(safe(lambda: focused().description).startswith("Invalid entry"),
          "the registry field's description does not say it is invalid: %r" % safe(lambda: focused().description))
    # A correction offered, then the right name.
    key("ctrl+a")
    type_text("https://Contoso.azurecr.io/")
    wait_for(lambda: any("Did you mean contoso.azurecr.io" in a for a in announcements()), 5,
             "the suggestion announced")
    key("ctrl+a")
    type_text("contoso.azurecr.io")
    wait_for(lambda: any(a.startswith("contoso.azurecr.io") for a in announcements()), 5, "the valid name announced")

    # The sign-in question: a group named by it; the arrow keys choose user name and password.
    tab_until(lambda: frole() == "radio button", what="the sign-in choices")
    group = safe(lambda: focused().parent)
    check(safe(lambda: group.name) == "How do you sign in?",
          "the sign-in choices are not in a group named by their question (%r)" % safe(lambda: group.name))
    key("Down")
    check(fname().startswith("User name and password"), "Down did not choose user name and password: %r" % fname())
    tab_until(lambda: fname() == "User name", what="the user name field")
    type_text(USER)
    key("Tab")
    check(fname() == "Password" and frole() == "password text", "Tab did not reach the password field: %r %r" % (fname(), frole()))
    password_field = focused()
    type_text(PASSWORD)
    check(safe(lambda: password_field.queryText(), None) is None or text_of(password_field) == "",
          "the password field exposes its text")
    check(("%d characters typed" % len(PASSWORD)) in safe(lambda: password_field.description),
          "the password field does not say how many characters it holds: %r" % safe(lambda: password_field.description))
    key("Return")

    # Page 2: the pasted message is explained, and the symptoms it ticks said.
    wait_for(lambda: "Step 2 of 4: What happens" in frame_name(app), 10, "the window title to say step 2")
    steps = [a for a in descendants(app) if safe(lambda: a.getRoleName()) == "list" and safe(lambda: a.name) == "Steps"]
    if check(bool(steps), "no list named Steps"):
        items = [steps[0].getChildAtIndex(i) for i in range(steps[0].childCount)]
        selected = [safe(lambda: i.name) for i in items if safe(lambda: i.getState().contains(pyatspi.STATE_SELECTED), False)]
        check(len(selected) == 1 and "What happens" in selected[0], "the step list does not select the current step: %r" % selected)
        for item in items:
            action = safe(lambda: item.queryAction(), None)
            names = [action.getName(i) for i in range(action.nActions)] if action else []
            check(not any(n.lower() == "toggle" for n in names), "a step offers a Toggle action")
    type_text(PASTED)
    wait_for(lambda: any("What it means" in a and "Ticked:" in a for a in announcements()), 5,
             "the explanation and the symptoms it ticked announced")
    shot("atspi-2-symptoms")
    # Back to checking everything, so the check is the one the command line makes.
    key("ctrl+a")
    key("Delete")
    pump(0.6)
    key("ctrl+Return")

    # Results: the keyboard lands on the headline, which is announced.
    headline = wait_for(lambda: focused() if frole() == "heading" else None, 30, "the results headline to have the keyboard")
    shot("atspi-4-results")
    answer = "Sign-in to contoso.azurecr.io fails: " + cause["title"]
    check(safe(lambda: headline.name) == answer,
          "headline %r, expected the answer naming the first cause %r" % (safe(lambda: headline.name), answer))
    check(any(a.startswith(answer) for a in announcements()), "the results headline was not announced")
    check(any(a.startswith("Checking contoso.azurecr.io") for a in announcements()), "the start of the check was not announced")
    check(any(a.startswith("Checked contoso.azurecr.io") for a in announcements()), "the end of the check was not announced")
    said = announcements()
    at = lambda prefix: next((i for i, a in enumerate(said) if a.startswith(prefix)), -1)
    check(0 <= at("Checking contoso.azurecr.io") < at("Checked contoso.azurecr.io") < at(answer),
          "progress and results not announced in order: %r" % said)
    check("Step 4 of 4: Results" in frame_name(app), "the window title does not say the step: %r" % frame_name(app))
    before = [n for (n, r) in focus["history"]]
    check("Show commands for PowerShell" not in before[-3:], "the shell toggle had the keyboard before the headline")

    # The card: one element named by its title, described by its explanation and first step.
    tab_until(lambda: frole() in ("panel", "grouping") and fname() == cause["title"], 5, "the cause card")
    card = focused()
    description = safe(lambda: card.description)
    check(cause["explanation"] in description, "the card's description lacks the explanation: %r" % description)
    check("First step: " + cause["remediation"][0]["text"] in description,
          "the card's description lacks the first step: %r" % description)
    inside = list(descendants(card))
    headings = [a.name for a in inside if safe(lambda: a.getRoleName()) == "heading"]
    check(cause["title"] in headings, "the card's title is no heading: %r" % headings)
    labels = [safe(lambda: a.name) or text_of(a) for a in inside if safe(lambda: a.getRoleName()) == "label"]
    check(any(cause["explanation"] == l for l in labels), "the explanation is not in the card's tree")
    check(any(first_command == l for l in labels), "the first command %r is not in the card's tree" % first_command)
    links = [a for a in inside if safe(lambda: a.getRoleName()) == "link"]
    check(len(links) == len(cause["links"]), "%d links in the card, %d expected" % (len(links), len(cause["links"])))
    for link in links:
        action = safe(lambda: link.queryAction(), None)
        check(action is not None and action.nActions >= 1, "a link without an action: %r" % link.name)

    # Tab: the first Copy button is the first command's; Space copies, "Copied" is announced.
    key("Tab")
    check(fname() == "Copy command: " + first_command, "the first tab stop in the card is %r" % fname())
    key("space")
    wait_for(lambda: "Copied to the clipboard" in announcements(), 5, "\"Copied\" announced")
    # Reading order: everything in the card, each link once, then Back and New check.
    order = []
    for _ in range(40):
        key("Tab")
        order.append(fname())
        check(fname().strip() != "", "a tab stop without a name (role %s)" % frole())
        if fname().replace("&", "") == "New check":
            break
    print("tab order after the first Copy:", order, flush=True)
    check("Back" in order and "New check" in order, "Back / New check never reached")
    if "Back" in order:
        back = order.index("Back")
        check(any(n.startswith("Check again") for n in order[:back]), "Back comes before the card's Check again")
        for link in links:
            check(order[:back].count(link.name) == 1, "link %r is not exactly one tab stop" % link.name)


def leak_checks():
    # Every signal on the bus, as sent. Proof first that typed text does travel in them: the user
    # name arrived in text-changed signals, character by character.
    inserted = [str(args[3]) for (path, interface, member, args) in signals
                if member == "TextChanged" and args and args[0] == "insert"]
    check(USER in "".join(inserted), "no text signal carried the user name: the leak check would prove nothing")
    check("Password" in EDITABLE.values(), "the password field never had the keyboard")
    for (path, interface, member, args) in signals:
        flat = repr(args)
        check(PASSWORD not in flat, "the password appears in a %s.%s signal" % (interface, member))
        if member == "TextChanged" and path in EDITABLE:
            # What was typed in any field: none of the password's characters (typed nowhere else).
            text = str(args[3])
            check(EDITABLE[path] != "Password", "the password field sent a text signal")
            check(not any(c in text for c in PASSWORD),
                  "a typed password character appears in a text signal from %r: %r" % (EDITABLE[path], text))
    # And through libatspi's events (the source names resolved): nothing from the password field.
    for (t, name, role, _, data) in events:
        check(not (role == "password text" and t.startswith("object:text-changed")), "the password field sent a text event")
        check(PASSWORD not in str(data), "the password appears in a %s event" % t)


if __name__ == "__main__":
    sys.exit(main())
