"""The document's own fields: number, symbol, type, role, issuer, issue date, title, signer.

A Decree 30 document says who it is in its header: the issuer block
(``UBND TỈNH ĐỒNG NAI`` / ``SỞ CÔNG THƯƠNG``), ``Số: 3901/SCT-VP``, the
place-and-date line (``Đồng Nai, ngày 29 tháng 5 năm 2025``), then either a
type heading with the title under it (``KẾ HOẠCH`` / ``Triển khai chương trình
…``) or a công văn's subject line (``V/v báo cáo kết quả …``). Texts converted
from PDF or Word often lose that header, so each field has fallbacks in the
order CONTRACT.md gives: an annex line naming the document itself
(``(Ban hành kèm theo Kế hoạch số 192/KH-UBND ngày 29 tháng 5 năm 2025 …)``),
the symbol's codes (``KH-SKHCN`` → ``ke_hoach``, Sở Khoa học và Công nghệ),
the body (``Sở Công Thương ban hành Kế hoạch``) and the signature block
(``signature``). The role comes from the form, then from what the
document does: a công văn's subject, a quyết định that issues a plan it carries,
a thông báo or công văn whose body asks others to send or report by a date.
The patterns and word lists are in data/fields.yaml.

Modules: ``header`` (number, symbol, date, type, title, subject), ``issuer``,
``role``, ``signature`` (the signer), ``document`` (the fields decided together).
"""
from extractors.fields.document import extract_fields

__all__ = ["extract_fields"]
