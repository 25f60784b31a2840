"""Regenerate the board's announcement clips (static/govstandard_queue/audio/*.ogg), once.

Needs espeak-ng (its Thai voice) and sox: apt-get install espeak-ng sox libsox-fmt-all.
The board plays: chime, "เชิญหมายเลข", the number letter by letter and digit by digit,
"ที่ช่อง", the counter's digits. Mono, 16 kHz, Ogg Vorbis at the lowest quality: small files.
"""

import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "static" / "govstandard_queue" / "audio"
DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
LETTERS = {
    "a": "เอ", "b": "บี", "c": "ซี", "d": "ดี", "e": "อี", "f": "เอฟ", "g": "จี", "h": "เอช", "i": "ไอ",
    "j": "เจ", "k": "เค", "l": "แอล", "m": "เอ็ม", "n": "เอ็น", "o": "โอ", "p": "พี", "q": "คิว", "r": "อาร์",
    "s": "เอส", "t": "ที", "u": "ยู", "v": "วี", "w": "ดับเบิลยู", "x": "เอ็กซ์", "y": "วาย", "z": "แซด",
}
PHRASES = {"call": "เชิญหมายเลข", "at-counter": "ที่ช่อง"}
ENCODE = ["-r", "16000", "-c", "1", "-C", "-1"]


def speak(text, name):
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", "th", "-s", "150", "-w", wav.name, text], check=True)
        subprocess.run(["sox", wav.name, *ENCODE, str(OUT / f"{name}.ogg"),
                        "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse",
                        "pad", "0", "0.08"], check=True)


def chime():
    """Two tones, high then low (the "ding-dong" of a waiting hall)."""
    with tempfile.TemporaryDirectory() as folder:
        tones = []
        for n, (hertz, seconds) in enumerate(((880, 0.35), (660, 0.6))):
            tone = f"{folder}/{n}.wav"
            subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", tone, "synth", str(seconds), "sine", str(hertz),
                            "fade", "0.01", str(seconds), str(seconds * 0.8), "vol", "0.5"], check=True)
            tones.append(tone)
        subprocess.run(["sox", *tones, *ENCODE, str(OUT / "chime.ogg")], check=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    chime()
    for name, text in PHRASES.items():
        speak(text, name)
    for digit, text in enumerate(DIGITS):
        speak(text, f"digit-{digit}")
    for letter, text in LETTERS.items():
        speak(text, f"letter-{letter}")


if __name__ == "__main__":
    main()
