"""Desk's default declarations on the application form, signed by the customer.

A store may print its own (``FormDoc.declarations``); these are used when it gives none.
Each is in English, simplified and traditional Chinese; the form prints the script of
its language and English.
"""

from __future__ import annotations

from desk.documents.model import Names

DEFAULT_DECLARATIONS: tuple[Names, ...] = (
    Names(
        "I am the registered user of this mobile number, or a proxy authorised in writing "
        "by the registered user to apply for the replacement on their behalf.",
        "本人是此手机号码的登记用户，或经登记用户书面授权代为申请补卡的代办人。",
        "本人是此手提電話號碼的登記用戶，或經登記用戶書面授權代為申請補卡的代辦人。",
    ),
    Names(
        "The information I have given on this form is true, complete and correct.",
        "本人在此表格提供的资料均属真实、完整及正确。",
        "本人在此表格提供的資料均屬真實、完整及正確。",
    ),
    Names(
        "I understand that the old SIM card or eSIM stops working as soon as the new one "
        "is active, and that it cannot be used again.",
        "本人明白新卡一经启用，旧 SIM 卡或 eSIM 即时停止运作，且不能再次使用。",
        "本人明白新卡一經啟用，舊 SIM 卡或 eSIM 即時停止運作，且不能再次使用。",
    ),
    Names(
        "I understand that fees paid for the replacement are not refundable once the new "
        "card has been issued.",
        "本人明白新卡发出后，已缴付的补卡费用概不退还。",
        "本人明白新卡發出後，已繳付的補卡費用概不退還。",
    ),
    Names(
        "My personal data is used only to verify my identity, to process this application "
        "and to keep the records the law requires. It is not passed to third parties except "
        "the network operator of this line. I may ask the store to see or correct it.",
        "本人的个人资料只用于核实身份、办理此申请及保存法律规定的记录，除此号码的运营商外"
        "不会转交第三方。本人可要求门店查阅或更正有关资料。",
        "本人的個人資料只用於核實身份、處理此申請及保存法例規定的紀錄，除此號碼的電訊商外"
        "不會轉交第三方。本人可要求分店查閱或更正有關資料。",
    ),
)
