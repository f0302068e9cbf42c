"""The words printed on documents, as data: English, simplified and traditional Chinese.

Documents pick their own language (the receipt: the customer's; the form: both Chinese
and English), so these are not the UI's Qt translations. Traditional wording is Hong
Kong's (收據, 找續, 手提電話), not a character-by-character conversion of the simplified.
"""

from __future__ import annotations

from desk.core.errors import DeskError

LANGUAGES = ("en", "zh_CN", "zh_HK")

# key: (English, simplified Chinese, traditional Chinese as used in Hong Kong)
WORDS: dict[str, tuple[str, str, str]] = {
    # receipt titles, by kind
    "payment": ("RECEIPT", "收据", "收據"),
    "void": ("VOID", "作废", "作廢"),
    "refund": ("REFUND", "退款", "退款"),
    # receipt fields
    "receipt_no": ("Receipt no.", "收据编号", "收據編號"),
    "original_no": ("Original receipt", "原收据编号", "原收據編號"),
    "date": ("Date", "日期", "日期"),
    "clerk": ("Clerk", "职员", "職員"),
    "customer": ("Customer", "客户", "客戶"),
    "id": ("ID no.", "证件号码", "證件號碼"),
    "line": ("Mobile no.", "手机号码", "手提電話號碼"),
    "application_no": ("Application no.", "申请编号", "申請編號"),
    "was": ("was", "原价", "原價"),
    "total": ("Total", "合计", "合計"),
    "given": ("Cash received", "收取现金", "收取現金"),
    "change": ("Change", "找零", "找續"),
    "reference": ("Ref.", "参考号", "參考編號"),
    "reason": ("Reason", "原因", "原因"),
    "approved_by": ("Approved by", "批准人", "批核人"),
    "phone": ("Tel.", "电话", "電話"),
    "thanks": ("Thank you", "谢谢惠顾", "多謝惠顧"),
    "keep": ("Please keep this receipt", "请保留此收据", "請保留此收據"),
    # the application form
    "form_title": ("SIM Card Replacement Application", "补卡申请表", "補卡申請表"),
    "customer_copy": ("Customer's copy", "客户联", "客戶聯"),
    "store_copy": ("Store's copy", "门店联", "店舖聯"),
    "section_application": ("Application", "申请", "申請"),
    "section_customer": ("Customer", "客户资料", "客戶資料"),
    "section_card": ("Line and card", "号码及卡", "號碼及卡"),
    "section_handover": ("Handover and fee", "交付及费用", "交收及費用"),
    "section_esim": ("eSIM activation", "eSIM 激活", "eSIM 啟用"),
    "section_declarations": ("Declarations", "声明", "聲明"),
    "store": ("Store", "门店", "分店"),
    "supervisor": ("Approving supervisor", "批准主管", "批核主管"),
    "name": ("Name", "姓名", "姓名"),
    "id_kind": ("ID type", "证件类型", "證件類別"),
    "proxy": ("Authorised proxy", "受托代办人", "獲授權代辦人"),
    "verification": ("Verified by", "核实方式", "核實方式"),
    "carrier": ("Carrier", "运营商", "電訊商"),
    "product": ("Plan", "套餐", "服務計劃"),
    "card_kind": ("Card", "卡类型", "卡類別"),
    "sim": ("SIM card", "实体 SIM 卡", "實體 SIM 卡"),
    "esim": ("eSIM", "eSIM", "eSIM"),
    "old_card": ("Old ICCID / EID", "旧卡 ICCID / EID", "舊卡 ICCID / EID"),
    "new_card": ("New ICCID / EID", "新卡 ICCID / EID", "新卡 ICCID / EID"),
    "device": ("Device", "设备", "裝置"),
    "handover": ("Handover", "交付方式", "交收方式"),
    "courier_address": ("Courier address", "快递地址", "速遞地址"),
    "fee": ("Fee", "费用", "費用"),
    "scan_esim": (
        "Scan with the phone to install the eSIM. Keep this code private.",
        "请用手机扫描以安装 eSIM。请勿向他人透露此码。",
        "請用手機掃描以安裝 eSIM。請勿向他人透露此碼。",
    ),
    "code_on_customer_copy": (
        "The activation code is printed on the customer's copy only.",
        "激活码只印在客户联上。",
        "啟用碼只印在客戶聯上。",
    ),
    "customer_signature": ("Customer's signature", "客户签名", "客戶簽署"),
    "clerk_signature": ("Clerk's signature", "职员签名", "職員簽署"),
    "signed_on": ("Date", "日期", "日期"),
    "copy": ("COPY", "副本", "副本"),
    "none": ("—", "—", "—"),
    # the Z report (日结报表), closing the business day
    "z_title": ("Z report", "日结报表", "日結報表"),
    "z_not_closed": ("NOT CLOSED", "未日结", "未日結"),
    "business_day": ("Business day", "营业日", "營業日"),
    "counter": ("Counter", "柜台", "櫃位"),
    "currency": ("Currency", "货币", "貨幣"),
    "day_opened": ("Opened", "开始营业", "開始營業"),
    "day_closed": ("Closed", "日结", "日結"),
    "section_cash": ("Cash drawer", "钱箱现金", "錢箱現金"),
    "float": ("Float", "备用金", "備用金"),
    "cash_taken": ("Cash taken", "现金收入", "現金收入"),
    "cash_returned": ("Cash voided or refunded", "现金作废及退款", "現金作廢及退款"),
    "cash_in": ("Cash in", "存入现金", "存入現金"),
    "cash_out": ("Cash out", "取出现金", "取出現金"),
    "expected": ("Expected in the drawer", "应有现金", "應有現金"),
    "counted": ("Counted", "点算现金", "點算現金"),
    "over_short": ("Over (+) / short (-)", "长款(+) / 短款(-)", "長款(+) / 短款(-)"),
    "close_reason": ("Reason for the difference", "差额原因", "差額原因"),
    "section_count": ("Count by note and coin", "按面额点算", "按面額點算"),
    "denomination": ("Note / coin", "面额", "面額"),
    "quantity": ("Quantity", "数量", "數量"),
    "amount": ("Amount", "金额", "金額"),
    "section_cash_moves": ("Cash in and out", "现金存取", "現金存取"),
    "section_receipts": ("Receipts", "收据", "收據"),
    "section_tenders": ("By tender", "按支付方式", "按付款方式"),
    "section_carriers": ("By carrier", "按运营商", "按電訊商"),
    "section_reasons": ("By reason", "按原因", "按原因"),
    "section_clerks": ("By clerk", "按职员", "按職員"),
    "section_reversals": ("Voids and refunds", "作废及退款", "作廢及退款"),
    "section_cases": ("Cases", "补卡申请", "補卡申請"),
    "section_stock": ("Blank SIM cards", "空白 SIM 卡", "空白 SIM 卡"),
    "count": ("Count", "笔数", "筆數"),
    "net": ("Net", "净额", "淨額"),
    "receipt_range": ("Receipt numbers", "收据编号范围", "收據編號範圍"),
    "page": ("Page {n} of {total}", "第 {n} 页，共 {total} 页", "第 {n} 頁，共 {total} 頁"),
}


def say(key: str, language: str) -> str:
    """The word for ``key`` in ``language`` (en, zh_CN or zh_HK)."""
    if language not in LANGUAGES:
        raise DeskError(
            "document_language",
            f"A document cannot be printed in {language!r}: use en, zh_CN or zh_HK.",
            language=language,
        )
    return WORDS[key][LANGUAGES.index(language)]


def both(key: str, chinese: str) -> str:
    """Chinese (``zh_CN`` or ``zh_HK`` script) then English: ``申請編號 Application no.``."""
    return f"{say(key, chinese)} {say(key, 'en')}"


def copy_mark(copy_number: int) -> str:
    """``副本 / COPY 2``: both scripts read the same, so the mark is always bilingual."""
    return f"{say('copy', 'zh_HK')} / {say('copy', 'en')} {copy_number}"
