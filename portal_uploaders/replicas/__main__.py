"""``python -m portal_uploaders.replicas [--port 8765]``: the demo's portals, by hand.

Serves the three replicas with the purchase orders of the demo's open items, at the
addresses rules.yaml's example names (``http://127.0.0.1:8765/coupa`` ...), and prints
the demo accounts' sign-in details so a person can click through the same screens the
uploaders drive. Stop with Ctrl-C.
"""

from __future__ import annotations

import argparse
import time

import pyotp

from inbox_agent.config.active import active_rules
from inbox_agent.demo.sample import open_items
from portal_uploaders.demo import DEMO_SECRETS, sample_invoices, world_for
from portal_uploaders.replicas import serve


def main() -> None:
    """Serve until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the AP portal replicas.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    world = world_for(sample_invoices(active_rules(), open_items()))
    with serve(world, host=args.host, port=args.port) as server:
        print(f"portal replicas at {server.url}/ (Ctrl-C to stop)")
        for portal, (username, password, seed) in DEMO_SECRETS.items():
            code = f", TOTP seed {seed} (code now {pyotp.TOTP(seed).now()})" if seed else ""
            print(f"  {server.portal_url(portal)}/  user {username}, password {password}{code}")
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            print("stopped")


if __name__ == "__main__":
    main()
