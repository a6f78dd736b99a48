"""A real SMTP server on loopback for the portal's e-mail tests (aiosmtpd, from PyPI).

    python server.py PORT FOLDER

Each e-mail it accepts is written to FOLDER as one JSON file: the envelope's recipients, and the
headers and parts as a reader sees them (the subject decoded, the plain text and the HTML). A recipient whose address begins with "bounce" is refused with
550, as a mail server refuses an unknown mailbox. It runs until it is stopped.
"""

import asyncio
import email
import email.policy
import json
import os
import sys
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("bounce"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        part = lambda kind: message.get_body((kind,))
        received = {
            "to": envelope.rcpt_tos,
            "from": str(message["from"]),
            "subject": str(message["subject"]),
            "language": str(message["content-language"]),
            "message_id": str(message["message-id"]),
            "text": part("plain").get_content() if part("plain") else "",
            "html": part("html").get_content() if part("html") else "",
        }
        self.count += 1
        # Named by the moment it came, so that the names sort in the order received, also across
        # a stop and a start (a new process's id can sort before the old one's).
        name = os.path.join(self.folder, f"{time.time_ns():020d}-{os.getpid()}-{self.count:05d}.json")
        with open(name + ".part", "w", encoding="utf-8") as out:
            json.dump(received, out, ensure_ascii=False)
        # Whole files only: a reader never sees half an e-mail.
        os.rename(name + ".part", name)
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"SMTP test server on 127.0.0.1:{port}", flush=True)
    try:
        asyncio.new_event_loop().run_forever()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
