"""The words a printed document uses for Desk's codes, in English, 简体中文 and 繁體中文
(Hong Kong wording). Documents carry their own words, not the UI's (desk.documents)."""

from __future__ import annotations

from typing import Final

from desk.documents.model import Names

_W = Names

DOCUMENT_KINDS: Final = {
    "hkid": _W("Hong Kong identity card", "香港身份证", "香港身份證"),
    "cn_ric": _W("Mainland resident identity card", "居民身份证", "居民身份證"),
    "passport": _W("Passport", "护照", "護照"),
    "other": _W("Other identity document", "其他身份证明文件", "其他身份證明文件"),
}
REASONS: Final = {
    "lost": _W("Lost", "丢失", "遺失"),
    "damaged": _W("Damaged", "损坏", "損壞"),
    "stolen": _W("Stolen", "被盗", "被盜"),
    "account_anomaly": _W("Account anomaly", "账户异常", "賬戶異常"),
    "esim_new_device": _W("eSIM to a new device", "换机（eSIM 转移）", "換機（eSIM 轉移）"),
}
# A case event's action, as the Z report counts them (desk.core.cases.CaseAction + open).
CASE_EVENTS: Final = {
    "open": _W("Opened", "新开", "新開"),
    "verify": _W("Verified", "已核实", "已核實"),
    "pay": _W("Paid", "已付款", "已付款"),
    "void_payment": _W("Payment voided", "付款作废", "付款作廢"),
    "submit": _W("Submitted", "已提交", "已遞交"),
    "review": _W("Under review", "审核中", "審核中"),
    "approve": _W("Approved", "已批准", "已批核"),
    "reject": _W("Rejected", "已拒绝", "已拒絕"),
    "issue_card": _W("Card issued", "已发卡", "已發卡"),
    "ship": _W("Shipped", "已寄出", "已寄出"),
    "deliver": _W("Delivered", "已送达", "已送達"),
    "activate": _W("Activated", "已激活", "已啟用"),
    "cancel": _W("Cancelled", "已取消", "已取消"),
}
# Blank SIM movements (desk.store.day_models.StockMoveKind).
STOCK_MOVES: Final = {
    "received": _W("Received", "入库", "入庫"),
    "issued": _W("Issued", "发出", "發出"),
    "returned": _W("Returned to stock", "退回库存", "退回庫存"),
    "damaged": _W("Damaged", "损坏", "損壞"),
}
# Receipts by kind (desk.store.payment_models.PaymentKind), counted on the Z report.
RECEIPT_KINDS: Final = {
    "payment": _W("Payments", "收款", "收款"),
    "void": _W("Voids", "作废", "作廢"),
    "refund": _W("Refunds", "退款", "退款"),
}
HANDOVERS: Final = {
    "counter": _W("Collected at the counter", "门店现场领取", "門市即場領取"),
    "courier": _W("Delivered by courier", "快递送到地址", "速遞送到地址"),
}
CHECKS: Final = {
    "id_document_sighted": _W(
        "Original ID document sighted", "已核对身份证件原件", "已核對身份證明文件正本"
    ),
    "photo_matches": _W("Photo matches the customer", "相片与本人相符", "相片與本人相符"),
    "name_matches": _W(
        "Name and number match the registration", "姓名及号码与登记相符", "姓名及號碼與登記相符"
    ),
    "proof_of_purchase": _W("Proof of purchase", "购买凭证", "購買證明"),
    "original_card_holder": _W("Original card holder", "原卡卡托", "原卡卡托"),
    "proxy_id": _W("Proxy's own ID document", "代办人身份证件", "代辦人身份證明文件"),
    "proxy_authorisation": _W("Signed authorisation", "签署的授权书", "已簽署的授權書"),
    "service_password": _W("Service password", "服务密码", "服務密碼"),
    "one_time_code": _W(
        "One-time code to the registered contact", "登记联系方式验证码", "登記聯絡方式驗證碼"
    ),
}
DECLARATIONS: Final = (
    _W(
        "I confirm that the information above is true and that I am the registered user "
        "of this number (or authorised by them).",
        "本人确认以上资料属实，并为此号码的登记用户（或获其授权）。",
        "本人確認以上資料屬實，並為此號碼的登記用戶（或獲其授權）。",
    ),
    _W(
        "I understand that the old card stops working once the new card is active.",
        "本人明白新卡启用后，旧卡将停止使用。",
        "本人明白新卡啟用後，舊卡將停止使用。",
    ),
    _W(
        "My personal data is used only for this replacement and the carrier's real-name "
        "registration.",
        "本人的个人资料仅用于本次补卡及运营商实名登记。",
        "本人的個人資料只用於是次補卡及電訊商實名登記。",
    ),
)


def check_words(item: str, method: str | None) -> Names:
    """A passed check as the form prints it: the secret by its method, the ID document
    sighted with its kind."""
    if item == "secret" and method in CHECKS:
        return CHECKS[method]
    if item in ("id_document_sighted", "proxy_id") and method in DOCUMENT_KINDS:
        base, kind = CHECKS[item], DOCUMENT_KINDS[method]
        return Names(
            f"{base.en}: {kind.en}", f"{base.zh_cn}：{kind.zh_cn}", f"{base.zh_hk}：{kind.zh_hk}"
        )
    return CHECKS.get(item, Names(item, item, item))
