"""A parsed message cut into the zones the fallback classifier weighs differently.

Why zones: a reply quotes the mail it answers and keeps its subject, a forward carries
somebody else's words, and a signature repeats the same company lines on every mail. The
writer's own new words must decide, so the classifier needs them apart from the history.
Why one normal form: AR teams in Manila, Sydney and Singapore see English, Taglish,
simplified and traditional Chinese and German in one inbox, typed on every kind of
keyboard. Folding case, width, umlauts and traditional characters here lets one lexicon
entry match every spelling, with no tokeniser and nothing downloaded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Literal

from inbox_agent.mail.parse import ParsedMessage, parse_message

Kind = Literal["new", "reply", "forward"]

MAX_NESTED_MAIL_BYTES = 2_000_000
"""An attached message bigger than this is not read for words (a forwarded archive)."""

MAX_TEXT_CHARS = 20_000
"""Words past this point in one zone are not read: evidence sits near the top of a mail."""

# Traditional to simplified, for the characters AR mail uses. Folding them lets one
# lexicon entry match both scripts; 帳 and 帐 both become 账 as accountants write it.
_TRADITIONAL = (
    "對对 帳账 帐账 賬账 單单 發发 匯汇 爭争 議议 錯错 誤误 動动 覆复 復复 辦办 補补 轉转 額额 "
    "確确 "
    "認认 週周 將将 會会 預预 計计 劃划 這这 們们 請请 謝谢 貨货 價价 與与 際际 號号 碼码 門门 "
    "開开 "
    "關关 係系 於于 為为 個个 應应 該该 從从 後后 時时 間间 經经 過过 還还 進进 達达 遞递 務务 "
    "電电 "
    "郵邮 訊讯 無无 傳传 讀读 統统 說说 問问 題题 質质 實实 貸贷 銀银 戶户 餘余 結结 項项 數数 "
    "據据 "
    "憑凭 證证 紅红 訂订 購购 約约 內内 擬拟 準准 備备 資资 報报 細细 總总 給给 麼么 嗎吗 點点 "
    "處处 "
    "寫写 稅税 費费 收收 貿贸 業业 戶户 歲岁 幣币 錢钱 鐘钟 頁页 讓让 損损 壞坏 退退 換换 級级 "
    "現现 專专 員员 聯联 絡络 緊紧 急急 態态 況况 暫暂 緩缓 拒拒 複复 擊击 優优 惠惠 獲获 訂订 "
    "閱阅 "
    "銷销 習习 講讲 座座 團团 聚聚 飯饭 節节 慶庆 禮礼 碼码 驗验 護护 維维 升升 級级 誌志 動动 "
    "歡欢 迎迎 參参 與与 簽签 約约 錄录 附附 檔档 寄寄 轉转 郵邮 寶宝 順顺 祺祺 敬敬 祝祝 商商 "
    "擔担 當当 負负 責责 圖图 紀纪 議议 遲迟 延延 尚尚 未未 齊齐 欠欠 餘余 龄龄 齡龄 筆笔"
)
_TRAD_TABLE = str.maketrans(
    {pair[0]: pair[1] for pair in _TRADITIONAL.split() if len(pair) == 2 and pair[0] != pair[1]}
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SPACE = re.compile(r"\s+")


def fold_pattern(pattern: str) -> str:
    r"""Fold a pattern's characters the way ``normalise`` folds text, but never its case.

    Entries may then be written in either Chinese script or with umlauts and still match;
    case stays because ``\W`` and ``\w`` differ.
    """
    return pattern.translate(_UMLAUTS).translate(_TRAD_TABLE)


def normalise(text: str) -> str:
    """Fold width, case, umlauts and traditional Chinese, and collapse every run of space.

    Matching happens on this form only, so lexicon entries are written in it: lower case,
    ``ue`` for ``ü``, ``ss`` for ``ß``, simplified characters, one space between words.
    """
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    return _SPACE.sub(" ", folded.translate(_TRAD_TABLE)).strip()


# ---------------------------------------------------------------- subject prefixes

_REPLY_PREFIX = r"(?:re|aw|sv|antw|antwort|r|rif|res|vs|回复|答复|回信|返信|balas)"
_FORWARD_PREFIX = r"(?:fw|fwd|wg|tr|enc|rv|doorst|转发|转寄|転送|terusan|ipasa)"
_PREFIX = re.compile(
    rf"^\s*(?:\[[^\]]{{0,40}}\]\s*)?(?P<p>{_REPLY_PREFIX}|{_FORWARD_PREFIX})\s*(?:\[\d+\])?\s*:\s*",
)


def strip_subject(subject: str) -> tuple[str, Kind]:
    """Remove reply and forward prefixes (``RE:``, ``AW:``, ``WG:``, ``回复:`` ...).

    The first prefix decides the kind: ``FW: RE: x`` is a forward of a thread, and the
    forwarded words are what the sender wants us to act on.
    """
    text = normalise(subject)
    kind: Kind = "new"
    while True:
        found = _PREFIX.match(text)
        if not found:
            return text, kind
        if kind == "new":
            word = found.group("p")
            kind = "reply" if re.fullmatch(_REPLY_PREFIX, word) else "forward"
        text = text[found.end() :]


# ---------------------------------------------------------------- HTML to text


class _HtmlText(HTMLParser):
    """Visible text, a line per block; quoted blocks come out with a ``>`` on each line."""

    _BLOCKS = frozenset(
        {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"}
    )
    _SKIP = frozenset({"script", "style", "head", "title", "xml"})
    _VOID = frozenset({"br", "img", "meta", "link", "input", "col", "wbr", "hr", "area", "base"})
    _QUOTE_MARKERS = ("gmail_quote", "divrplyfwdmsg", "olk_src_body_section", "moz-cite-prefix")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._skip = 0
        self._quote_depth = 0
        self._stack: list[tuple[str, bool]] = []  # open elements: (tag, starts a quote?)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        if tag == "hr":
            self._newline()
            self.lines[-1] = "________________________________"
            self._newline()
            return
        if tag in self._BLOCKS:
            self._newline()
        if tag in self._VOID:
            return
        marker = " ".join(v or "" for k, v in attrs if k in {"class", "id"}).lower()
        quoting = tag == "blockquote" or any(m in marker for m in self._QUOTE_MARKERS)
        self._stack.append((tag, quoting))
        if quoting:
            self._quote_depth += 1
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCKS or tag in {"td", "th"}:
            self._newline()
        if tag in self._VOID or all(open_tag != tag for open_tag, _ in self._stack):
            return  # a stray end tag: broken markup, nothing to close
        while self._stack:  # close everything left open inside this element too
            open_tag, quoting = self._stack.pop()
            if quoting:
                self._quote_depth -= 1
                self._newline()
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._quote_depth and not self.lines[-1]:
            self.lines[-1] = "> "
        self.lines[-1] += data.replace("\n", " ")

    def _newline(self) -> None:
        if self.lines[-1].strip(" >"):
            self.lines.append("")
        else:
            self.lines[-1] = ""


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body; quoted history keeps a ``>`` so it can be told apart."""
    parser = _HtmlText()
    try:
        parser.feed(markup[: MAX_TEXT_CHARS * 5])
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    return "\n".join(line.rstrip() for line in parser.lines if line.strip(" >"))


# ---------------------------------------------------------------- body split

_SEPARATORS = re.compile(
    r"^(?:-{2,}|_{2,}|={2,}|\*{2,})?\s*(?:original message|original-nachricht|"
    r"urspruengliche nachricht|forwarded message|weitergeleitete nachricht|message d'origine|"
    r"mensaje original|原始邮件|转发邮件|转发的邮件|邮件原件|orihinal na mensahe|"
    r"mesej asal|pesan asli|pesan terusan|元のメッセージ|転送されたメッセージ)\s*(?:-{2,}|_{2,}|"
    r"={2,}|\*{2,})?:?$"
    r"|^begin forwarded message:?$|^_{8,}$|^-{8,}$",
)
_ATTRIBUTION = re.compile(
    r"^(?:on\b.{0,240}\bwrote|am\b.{0,240}\bschrieb\b.{0,240}|(?:在|于).{0,160}写道|"
    r"noong\b.{0,240}\bsumulat|pada\b.{0,240}\bmenulis|le\b.{0,240}\ba [eé]crit|"
    r"el\b.{0,240}\bescribi[oó]|.{0,200}<[^<>\s]+@[^<>\s]+>.{0,60})\s*:$",
)
_HEADER_FROM = re.compile(
    r"^\*?(?:from|von|de|dari|mula kay|mula|寄件者|发件人|差出人|发信人)\s*\*?:"
)
_HEADER_NEXT = re.compile(
    r"^\*?(?:sent|date|gesendet|datum|envoye|enviado|tarikh|petsa|tanggal|发送时间|寄件日期|日期|"
    r"时间|"
    r"送信日時|to|an|kepada|para|收件者|收件人|宛先|subject|betreff|主旨|主题|件名|perkara)\s*\*?:",
)
_CLOSING = re.compile(
    r"^(?:(?:many |kind |best |warm |warmest |with )?(?:thanks|thank you|regards|wishes)|best|"
    r"cheers|br|rgds|sincerely|yours (?:sincerely|faithfully|truly)|respectfully|"
    r"mit freundlichen gruessen|freundliche gruesse|viele gruesse|beste gruesse|liebe gruesse|"
    r"gruss|gruesse|mfg|vg|lg|"
    r"(?:maraming )?salamat(?: po)?(?: ulit)?|ingat|"
    r"谢谢|多谢|此致|敬礼|顺祝商祺|顺颂商祺|祝好|商祺|敬祝商祺|"
    r"terima kasih|sekian(?:,? terima kasih)?|hormat kami|salam|yang benar|wassalam|"
    r"よろしくお願い(?:いた)?します|よろしくお願い申し上げます|以上)"
    r"(?: po)?[\s,.!。!~-]*$",
)


@dataclass(frozen=True, slots=True)
class BodyParts:
    """The writer's own words, their signature, and whatever history came along."""

    new: str
    signature: str
    quoted: str
    forwarded: bool
    history_head: str = ""
    """The attribution line or Outlook header block that opens the history (normalised):
    who wrote what is quoted, as far as the client said."""


def _is_header_block(norm: list[str], index: int) -> bool:
    if not _HEADER_FROM.match(norm[index]):
        return False
    following = [line for line in norm[index + 1 : index + 6] if line]
    return any(_HEADER_NEXT.match(line) for line in following[:4])


def _quote_start(norm: list[str], index: int) -> bool:
    line = norm[index]
    if not line:
        return False
    if _SEPARATORS.match(line) or _ATTRIBUTION.match(line):
        return True
    if index + 1 < len(norm) and line.startswith(("on ", "am ", "noong ", "pada ", "在")):
        joined = f"{line} {norm[index + 1]}"
        if _ATTRIBUTION.match(joined):
            return True
    return _is_header_block(norm, index)


def _split_signature(lines: list[str], norm: list[str]) -> tuple[list[str], list[str]]:
    seen_content = False
    for index, line in enumerate(norm):
        if line in {"--", "-- ", "—"} and seen_content:
            return lines[:index], lines[index:]
        if seen_content and len(line) <= 40 and _CLOSING.match(line):
            return lines[: index + 1], lines[index + 1 :]
        if line:
            seen_content = True
    return lines, []


def split_body(text: str) -> BodyParts:
    """Cut a plain-text body into new words, signature and quoted history.

    History starts at the first attribution line ("On ... wrote:", "Am ... schrieb",
    "在 ... 写道"), separator ("-----Original Message-----", "Begin forwarded message")
    or Outlook header block ("From:" followed by "Sent:"/"Gesendet:"/"发送时间:"); lines
    starting with ``>`` are history wherever they are.
    """
    lines = text[: MAX_TEXT_CHARS * 3].splitlines()
    norm = [normalise(line) for line in lines]
    cut = next((i for i in range(len(lines)) if _quote_start(norm, i)), len(lines))
    head = [(line, n) for line, n in zip(lines[:cut], norm[:cut], strict=True)]
    own = [line for line, n in head if not n.startswith(">")]
    own_norm = [n for _, n in head if not n.startswith(">")]
    inline_quotes = [line.lstrip("> ") for line, n in head if n.startswith(">")]
    new_lines, signature = _split_signature(own, own_norm)
    history = lines[cut:]
    forwarded = bool(history) and bool(
        re.search(r"forward|weitergeleitet|转发|begin forwarded|terusan|転送", norm[cut])
    )
    return BodyParts(
        new="\n".join(new_lines),
        signature="\n".join(signature),
        quoted="\n".join(inline_quotes + [line.lstrip("> ") for line in history]),
        forwarded=forwarded,
        history_head=_history_head(norm[cut:]),
    )


def _history_head(norm: list[str]) -> str:
    """The first lines of the history up to its author: separator, attribution or From:."""
    head = [line for line in norm[:8] if line][:3]
    for index, line in enumerate(head):
        if _HEADER_FROM.match(line):
            return " ".join(head[: index + 1])
    return " ".join(head[:2])


# ---------------------------------------------------------------- zones


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """An attachment as the classifier sees it: normalised name and MIME type."""

    name: str
    content_type: str

    @property
    def extension(self) -> str:
        """Lower-case extension without the dot, or empty."""
        return PurePath(self.name).suffix.lstrip(".")


@dataclass(frozen=True, slots=True)
class Zones:
    """Every part of a message the fallback classifier reads, each already normalised."""

    kind: Kind
    subject: str
    new_text: str
    signature: str
    quoted: str
    attachments: tuple[AttachmentInfo, ...]
    sender: str
    sender_domain: str
    headers: dict[str, str]
    content_type: str
    history_is_ours: bool = False
    """The quoted history was written by the mailbox this mail was sent to (our own
    reminder, statement or reply), so its words are ours and say nothing of the writer's."""


def _body_text(msg: ParsedMessage) -> str:
    if msg.body_text.strip():
        return msg.body_text
    if msg.body_html:
        return html_to_text(msg.body_html)
    return ""


def _attached_mail_text(msg: ParsedMessage) -> str:
    """Subject and body of messages attached whole (forwarded as .eml, bounced originals)."""
    texts = []
    for attachment in msg.attachments:
        if attachment.content_type != "message/rfc822":
            continue
        if not attachment.data or len(attachment.data) > MAX_NESTED_MAIL_BYTES:
            continue
        inner = parse_message(attachment.data)
        texts.append(f"{inner.subject}\n{_body_text(inner)[:MAX_TEXT_CHARS]}")
    return "\n".join(texts)


def message_zones(msg: ParsedMessage) -> Zones:
    """Cut a parsed message into normalised zones; never raises on odd mail."""
    subject, kind = strip_subject(msg.subject)
    if kind == "new" and msg.in_reply_to:
        kind = "reply"
    parts = split_body(_body_text(msg))
    if kind == "new" and parts.forwarded:
        kind = "forward"
    attached = _attached_mail_text(msg)
    if attached and kind == "new" and not parts.new.strip():
        kind = "forward"
    quoted = "\n".join(text for text in (parts.quoted, attached) if text)
    headers = {name.lower(): value for name, value in msg.headers.items()}
    return Zones(
        kind=kind,
        subject=subject,
        new_text=normalise(parts.new[:MAX_TEXT_CHARS]),
        signature=normalise(parts.signature[:MAX_TEXT_CHARS]),
        quoted=normalise(quoted[:MAX_TEXT_CHARS]),
        attachments=tuple(
            AttachmentInfo(normalise(a.filename), a.content_type.lower()) for a in msg.attachments
        ),
        sender=msg.sender.lower(),
        sender_domain=msg.sender_domain.lower(),
        headers=headers,
        content_type=headers.get("content-type", "text/plain").split(";")[0].strip().lower(),
        history_is_ours=written_by_recipient(parts.history_head, headers),
    )


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to")


def written_by_recipient(history_head: str, headers: dict[str, str]) -> bool:
    """Whether the history was written by the mailbox this mail was sent to.

    True when the history's author line names an address (or display name) of the mail's
    recipients: then the history is the AR team's own mail that the customer answers.
    """
    if not history_head:
        return False
    recipients = [headers.get(name, "") for name in _RECIPIENT_HEADERS]
    addresses = {a.lower() for value in recipients for a in _ADDRESS.findall(value)}
    if any(a.lower() in addresses for a in _ADDRESS.findall(history_head)):
        return True
    names = {
        normalise(name.strip().strip('"'))
        for value in recipients
        for name in re.findall(r"(?:^|,)\s*([^,<>]{5,60}?)\s*<", value)
    }
    return any(name and name in history_head for name in names)
