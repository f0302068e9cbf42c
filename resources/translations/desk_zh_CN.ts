<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="72"/>
        <source>New card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="77"/>
        <source>Scan the barcode of a blank SIM from the stock (or type its ICCID), then Enter: it becomes this case&apos;s new card.</source>
        <translation>扫描库存中空白 SIM 卡的条形码（或输入其 ICCID），然后按 Enter：该卡即成为此申请的新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="83"/>
        <source>The customer&apos;s new phone: scan or type its EID (Settings › About), its brand and model, and the activation code (QR). Enter moves to the next field.</source>
        <translation>客户的新手机：扫描或输入其 EID（设置 › 关于本机）、品牌和型号，以及激活码（二维码）。按 Enter 移到下一栏。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="87"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="87"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="87"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="87"/>
        <source>Activation code</source>
        <translation>激活码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="90"/>
        <source>e.g. Apple, 华为, Samsung</source>
        <translation>例如 Apple、华为、Samsung</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="91"/>
        <source>e.g. iPhone 15</source>
        <translation>例如 iPhone 15</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="92"/>
        <source>The &amp;old phone is at the counter</source>
        <translation>旧手机在柜台(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="108"/>
        <source>New card: SIM {iccid}. Enter: go on.</source>
        <translation>新卡：SIM {iccid}。Enter：继续。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="111"/>
        <source>No new card chosen yet.</source>
        <translation>尚未选择新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="114"/>
        <source>Saved: EID {eid}, {device}, activation code {code}.</source>
        <translation>已保存：EID {eid}，{device}，激活码 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="167"/>
        <source>Scan the new SIM card first.</source>
        <translation>请先扫描新 SIM 卡。</translation>
    </message>
</context>
<context>
    <name>CasePaper</name>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="107"/>
        <source>Refund payment…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="107"/>
        <location filename="../../desk/ui/pages/cases_paper.py" line="111"/>
        <source>Void payment…</source>
        <translation>作废付款…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="112"/>
        <source>Reprint receipt</source>
        <translation>补印收据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="113"/>
        <source>Reprint form</source>
        <translation>补印申请表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="128"/>
        <source>Refund receipt {number} ({amount}), paid on an earlier day, the way it was paid.</source>
        <translation>退回收据 {number}（{amount}），于较早的营业日付款，按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="131"/>
        <source>Void receipt {number} ({amount}), paid today.</source>
        <translation>作废收据 {number}（{amount}），今日付款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="144"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>请稍候：上一步仍在保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="185"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
</context>
<context>
    <name>CaseResume</name>
    <message>
        <location filename="../../desk/ui/pages/cases_resume.py" line="89"/>
        <source>This line is no longer on the customer&apos;s card.</source>
        <translation>此号码已不在该客户的资料卡上。</translation>
    </message>
</context>
<context>
    <name>CaseTexts</name>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="16"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="17"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="18"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="19"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="20"/>
        <source>under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="21"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="22"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="23"/>
        <source>card issued</source>
        <translation>已发卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="24"/>
        <source>shipped</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="25"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="26"/>
        <source>activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="27"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="31"/>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="32"/>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="33"/>
        <source>stolen</source>
        <translation>被盗</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="34"/>
        <source>account anomaly</source>
        <translation>账户异常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="35"/>
        <source>eSIM to a new phone</source>
        <translation>eSIM 换机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="40"/>
        <source>Under review</source>
        <translation>转入审核</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="41"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="42"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="43"/>
        <source>Card issued</source>
        <translation>已发卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="44"/>
        <source>Shipped</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="45"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="46"/>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="47"/>
        <source>Cancel case</source>
        <translation>取消申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="48"/>
        <source>Verify</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="49"/>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="50"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="72"/>
        <source>Go on with this case</source>
        <translation>继续办理此申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="79"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="81"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="82"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="135"/>
        <source>Replacement case</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="136"/>
        <source>‹ &amp;Back   Esc</source>
        <translation>‹ 上一步(&amp;B)   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="158"/>
        <source>Line {number} · {carrier_and_product} · {card}</source>
        <translation>号码 {number} · {carrier_and_product} · {card}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="182"/>
        <source>Close, keep the draft</source>
        <translation>关闭，保留草稿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="150"/>
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="164"/>
        <source>Line {number} (shown in full once identity is verified)</source>
        <translation>号码 {number}（身份核验后显示完整号码）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="182"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="185"/>
        <source>&amp;Finish   Enter</source>
        <translation>完成(&amp;F)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="187"/>
        <source>&amp;Submit   Enter</source>
        <translation>提交(&amp;S)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="189"/>
        <source>&amp;Next ›   Enter</source>
        <translation>下一步(&amp;N) ›   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="241"/>
        <source>This could not be done: {detail}</source>
        <translation>无法完成：{detail}</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="17"/>
        <source>&amp;Lost</source>
        <translation>丢失(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="18"/>
        <source>&amp;Damaged</source>
        <translation>损坏(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="19"/>
        <source>S&amp;tolen</source>
        <translation>被盗(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="20"/>
        <source>Account &amp;anomaly</source>
        <translation>账户异常(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="21"/>
        <source>e&amp;SIM to a new device</source>
        <translation>e&amp;SIM 转到新设备</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="25"/>
        <source>Original ID document sighted, its number typed</source>
        <translation>已查看证件原件并输入号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="28"/>
        <source>The photo matches the person</source>
        <translation>照片与本人相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="29"/>
        <source>The name matches the registration</source>
        <translation>姓名与登记资料相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="30"/>
        <source>Service password or one-time code</source>
        <translation>服务密码或一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="31"/>
        <source>Proof of purchase</source>
        <translation>购买凭证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="32"/>
        <source>The original card holder</source>
        <translation>原卡卡托</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="33"/>
        <source>The proxy&apos;s own ID document</source>
        <translation>代办人本人的证件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="34"/>
        <source>Authorisation signed by the customer</source>
        <translation>客户签署的授权书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="40"/>
        <source>not sighted</source>
        <translation>未查看原件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="41"/>
        <source>the number is not valid</source>
        <translation>号码无效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="42"/>
        <source>this number is not the customer&apos;s registered ID number</source>
        <translation>此号码不是客户登记的证件号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="45"/>
        <source>the document has expired</source>
        <translation>证件已过期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="46"/>
        <source>does not match</source>
        <translation>不相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="47"/>
        <source>wrong service password</source>
        <translation>服务密码错误</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="48"/>
        <source>wrong code</source>
        <translation>验证码错误</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="49"/>
        <source>the code has expired</source>
        <translation>验证码已过期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="50"/>
        <source>too many wrong codes</source>
        <translation>验证码错误次数过多</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="51"/>
        <source>not provided</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="52"/>
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="56"/>
        <source>Code accepted.</source>
        <translation>验证码正确。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="57"/>
        <source>Wrong code: ask the customer to read it out again.</source>
        <translation>验证码错误：请客户再读一遍。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="60"/>
        <source>Too many wrong codes: the check failed. Send a new code.</source>
        <translation>验证码错误次数过多：核验未通过。请重新发送验证码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="63"/>
        <source>The code has expired: the check failed. Send a new code.</source>
        <translation>验证码已过期：核验未通过。请重新发送验证码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="66"/>
        <source>This code was used already.</source>
        <translation>此验证码已使用过。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="67"/>
        <source>A code has 6 digits.</source>
        <translation>验证码为 6 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="71"/>
        <source>At the &amp;counter, now</source>
        <translation>门店现场领取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="72"/>
        <source>By c&amp;ourier to an address (3–7 days)</source>
        <translation>快递送到地址（3–7 天）(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="42"/>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="43"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="44"/>
        <source>Age</source>
        <translation>历时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="45"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="46"/>
        <source>Line</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="47"/>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="48"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="49"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="80"/>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="212"/>
        <source>Open cases</source>
        <translation>处理中的补卡申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="213"/>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="214"/>
        <source>C&amp;arrier:</source>
        <translation>运营商(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="215"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="218"/>
        <source>↑/↓: choose a case · Enter: go on with a case not yet submitted, else the customer&apos;s card · Tab: the filters</source>
        <translation>↑/↓：选择申请 · Enter：继续办理未提交的申请，否则打开客户资料卡 · Tab：筛选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="237"/>
        <source>All open states</source>
        <translation>所有处理中状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="248"/>
        <source>All carriers</source>
        <translation>所有运营商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="268"/>
        <source>The cases could not be read: {message}</source>
        <translation>无法读取补卡申请：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="271"/>
        <source>Reading the cases …</source>
        <translation>正在读取补卡申请…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="275"/>
        <source>No open case matches the filters.</source>
        <translation>没有符合筛选条件的处理中申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="277"/>
        <source>No open cases.</source>
        <translation>没有处理中的补卡申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="280"/>
        <source>{count} open</source>
        <translation>{count} 个处理中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="342"/>
        <source>{number} — {state}</source>
        <translation>{number} — {state}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="360"/>
        <source>Why did the carrier reject the case?</source>
        <translation>运营商为何驳回此申请？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="366"/>
        <source>Why is the case cancelled?</source>
        <translation>为何取消此申请？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="372"/>
        <source>The courier&apos;s tracking number:</source>
        <translation>快递单号：</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="38"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="42"/>
        <source>Cash into the drawer (e.g. change from the safe):</source>
        <translation>现金放入钱箱（例如从保险柜取出的零钱）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="44"/>
        <source>Cash out of the drawer (e.g. a bank drop):</source>
        <translation>现金从钱箱取出（例如存入银行）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="46"/>
        <source>What the cash is for</source>
        <translation>现金用途</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="60"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>请稍候：上一步仍在保存。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="137"/>
        <source>Checklist</source>
        <translation>核验清单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="142"/>
        <source>Check the customer against the registration. Type the ID number from the original document, then Enter. Each button: Tab to it, Enter or Space.</source>
        <translation>按登记资料核验客户身份。输入证件原件上的号码，然后按 Enter。各按钮：按 Tab 移到按钮，再按 Enter 或空格键。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="153"/>
        <source>✓ Pass</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="154"/>
        <source>✕ Fail</source>
        <translation>✕ 不通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="155"/>
        <source>✓ Password confirmed</source>
        <translation>✓ 密码正确</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="156"/>
        <source>✕ Password wrong</source>
        <translation>✕ 密码错误</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="157"/>
        <source>Send a one-time &amp;code</source>
        <translation>发送一次性验证码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="158"/>
        <source>6 digits</source>
        <translation>6 位数字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="186"/>
        <source>Still to check: {items}</source>
        <translation>尚待核验：{items}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="187"/>
        <source>; </source>
        <comment>between the checks still to do</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="190"/>
        <source>Every check has passed. Enter: go on to the new card.</source>
        <translation>所有核验均已通过。Enter：继续选择新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="198"/>
        <source>✓ matches the customer&apos;s record</source>
        <translation>✓ 与客户记录相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="200"/>
        <source>✓ one-time code accepted</source>
        <translation>✓ 一次性验证码正确</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="201"/>
        <source>✓ passed</source>
        <translation>✓ 已通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="202"/>
        <source>✕ failed: {why}</source>
        <translation>✕ 未通过：{why}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="271"/>
        <source>Code sent to {contact}; it expires in {minutes} minutes.</source>
        <translation>验证码已发送至 {contact}，{minutes} 分钟内有效。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="91"/>
        <source>Close business day {day}: nothing of it can change afterwards.</source>
        <translation>结束营业日 {day}：结束后该日的任何记录都不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="94"/>
        <source>Expected {e}, counted {c}, difference {d}.</source>
        <translation>应有 {e}，点算 {c}，差额 {d}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="99"/>
        <source>The difference is above the limit: give a reason.</source>
        <translation>差额超出上限：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="102"/>
        <source>Why the drawer is over or short</source>
        <translation>钱箱长款或短款的原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="102"/>
        <source>(optional)</source>
        <translation>（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="115"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>请稍候：上一步仍在保存。</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="120"/>
        <source>Lines</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="121"/>
        <source>Replacement cases</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="122"/>
        <source>Esc: back to the results · F2: new search</source>
        <translation>Esc：返回结果 · F2：重新查找</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="124"/>
        <source>New replacement case for this line   {key}</source>
        <translation>为此号码新建补卡申请   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="130"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="131"/>
        <source>Carrier / Product</source>
        <translation>运营商 / 产品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="132"/>
        <source>Card</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="133"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="138"/>
        <source>Application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="139"/>
        <source>Opened</source>
        <translation>开立时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="140"/>
        <source>Line · Reason</source>
        <translation>号码 · 原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="141"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="300"/>
        <source>SIM change lock</source>
        <translation>换卡锁定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="156"/>
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="159"/>
        <source>No ID document on record.</source>
        <translation>没有登记证件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="191"/>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="216"/>
        <source>{number} (one of the lines)</source>
        <translation>{number}（其中一个号码）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="221"/>
        <source>Registered contact: {contact}</source>
        <translation>登记联系方式：{contact}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="223"/>
        <source>No registered contact.</source>
        <translation>没有登记联系方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="175"/>
        <source>No replacement cases for this customer yet.</source>
        <translation>该客户暂无补卡申请。</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../desk/ui/models.py" line="83"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="85"/>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="86"/>
        <source>Lines</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="107"/>
        <location filename="../../desk/ui/pages/customer_card.py" line="231"/>
        <source>Found by {how}</source>
        <translation>匹配方式：{how}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="234"/>
        <source>Found by {how}: {line}</source>
        <translation>通过{how}找到：{line}</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="173"/>
        <source>No business day is open at this counter</source>
        <translation>此柜台没有开启中的营业日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="179"/>
        <source>Business day {day}</source>
        <translation>营业日 {day}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="188"/>
        <source>Float: {m}</source>
        <translation>备用金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="189"/>
        <source>Cash taken: {m}</source>
        <translation>收取现金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="190"/>
        <source>Cash voided or refunded: {m}</source>
        <translation>作废或退回现金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="191"/>
        <source>Cash in: {m}</source>
        <translation>现金存入：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="192"/>
        <source>Cash out: {m}</source>
        <translation>现金取出：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="200"/>
        <source>Cases carried over to the next day: {n}</source>
        <translation>转入下一营业日的补卡申请：{n}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="204"/>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="236"/>
        <source>Count the drawer</source>
        <translation>请点算钱箱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="242"/>
        <source>Exact</source>
        <translation>无差额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="244"/>
        <source>Over by {m}</source>
        <translation>长款 {m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="246"/>
        <source>Short by {m}</source>
        <translation>短款 {m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="279"/>
        <source>Count the drawer first.</source>
        <translation>请先点算钱箱。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="304"/>
        <source>Business day {day} is closed. Z report and exports: {folder}</source>
        <translation>营业日 {day} 已日结。日结报表及导出文件：{folder}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="321"/>
        <source>Backup written: {path}</source>
        <translation>已备份：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="330"/>
        <source>Z report</source>
        <translation>日结报表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="350"/>
        <source>Open the business day</source>
        <translation>开始营业日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="351"/>
        <source>&amp;Float in the drawer</source>
        <translation>钱箱备用金(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="352"/>
        <source>Open the day   Enter</source>
        <translation>开始营业   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="353"/>
        <source>The drawer should hold</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="354"/>
        <source>Counted &amp;total</source>
        <translation>点算总额(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="355"/>
        <source>Cash in…</source>
        <translation>现金存入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="356"/>
        <source>Cash out…</source>
        <translation>现金取出…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="357"/>
        <source>Close the day…</source>
        <translation>日结…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>Note or coin</source>
        <translation>纸币或硬币</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../desk/ui/outbox.py" line="105"/>
        <source>Demo store, not sent — notice to {to}: {body}</source>
        <translation>演示门店，未发送 — 发给 {to} 的通知：{body}</translation>
    </message>
    <message>
        <location filename="../../desk/launch.py" line="51"/>
        <source>The store cannot be opened:
{detail}</source>
        <translation>无法打开门店：
{detail}</translation>
    </message>
</context>
<context>
    <name>FeeOverrideDialog</name>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="52"/>
        <source>Charge for each line (0: waived):</source>
        <translation>每项收费金额（0：豁免）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="69"/>
        <source>Type the amount to charge: it is the schedule&apos;s now.</source>
        <translation>请输入要收取的金额：现在仍是收费表的金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="71"/>
        <source>A supervisor may lower a fee, never raise it.</source>
        <translation>主管只可降低费用，不可提高。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="75"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>请稍候：上一步仍在保存。</translation>
    </message>
</context>
<context>
    <name>FirstPinDialog</name>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="65"/>
        <source>Set a first PIN</source>
        <translation>设置首个 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="82"/>
        <source>A supervisor approves with their own PIN; then the new staff member types the PIN they chose, twice.</source>
        <translation>先由主管输入自己的 PIN 批准；然后新员工输入自选的 PIN 两次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="88"/>
        <source>New staff</source>
        <translation>新员工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="89"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="90"/>
        <source>Supervisor&apos;s PIN</source>
        <translation>主管的 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="91"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="92"/>
        <source>New PIN again</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="98"/>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="108"/>
        <source>No supervisor can log in here to approve it: ask head office.</source>
        <translation>此处没有可登录的主管批准：请联系总部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="128"/>
        <source>The two new PINs differ: type them again.</source>
        <translation>两次输入的新 PIN 不一致：请重新输入。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="42"/>
        <source>Handover</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="45"/>
        <source>How does the customer get the new card? (↑/↓, Enter)</source>
        <translation>客户如何取得新卡？（↑/↓，Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="48"/>
        <source>Delivery address, with a contact number</source>
        <translation>送货地址及联系电话</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="18"/>
        <source>HKID</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="19"/>
        <source>Mainland ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="20"/>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="21"/>
        <source>Passport MRZ</source>
        <translation>护照机读区</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="22"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="23"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="24"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="25"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="26"/>
        <source>Activation code</source>
        <translation>激活码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="41"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="42"/>
        <source>mainland China</source>
        <translation>中国内地</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="43"/>
        <source>Macau</source>
        <translation>澳门</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="44"/>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="45"/>
        <source>US</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="50"/>
        <source>Please enter the {name}.</source>
        <translation>请输入{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="51"/>
        <source>An HKID has 1–2 letters and 6 digits, then a check character.</source>
        <translation>香港身份证号码为 1–2 个字母加 6 位数字，再加一位校验码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="54"/>
        <source>This HKID should have {min} characters, not {found}.</source>
        <translation>此香港身份证号码应为 {min} 个字符，而不是 {found} 个。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="57"/>
        <location filename="../../desk/ui/identifier_messages.py" line="121"/>
        <location filename="../../desk/ui/identifier_messages.py" line="134"/>
        <source>Check digit should be {expected}, not {found}.</source>
        <translation>校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="60"/>
        <source>A mainland ID has 17 digits, then a digit or X.</source>
        <translation>居民身份证号码为 17 位数字，再加一位数字或 X。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="63"/>
        <source>A mainland ID has 18 characters, not {found}.</source>
        <translation>居民身份证号码为 18 位，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="66"/>
        <source>Check character should be {expected}, not {found}.</source>
        <translation>校验码应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="69"/>
        <source>The birth date {date} does not exist.</source>
        <translation>出生日期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="72"/>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="75"/>
        <source>A passport number has only letters and digits.</source>
        <translation>护照号码只含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="78"/>
        <source>A passport number has 5 to 9 letters and digits, not {found}.</source>
        <translation>护照号码为 5 到 9 个字母和数字，而不是 {found} 个。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="81"/>
        <source>MRZ line {line} may hold only A–Z, 0–9 and &lt;.</source>
        <translation>机读区第 {line} 行只能包含 A–Z、0–9 和 &lt;。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="84"/>
        <source>The sex in the MRZ should be M, F or &lt;, not {found}.</source>
        <translation>机读区中的性别应为 M、F 或 &lt;，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="87"/>
        <source>MRZ line {line} should have 44 characters, not {found}.</source>
        <translation>机读区第 {line} 行应为 44 个字符，而不是 {found} 个。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="90"/>
        <source>Only passport MRZs (2 lines of 44 characters) can be read.</source>
        <translation>只能读取护照机读区（2 行，每行 44 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="93"/>
        <source>Check digit of the passport number should be {expected}, not {found}.</source>
        <translation>护照号码的校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="96"/>
        <source>Check digit of the date of birth should be {expected}, not {found}.</source>
        <translation>出生日期的校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="99"/>
        <source>Check digit of the expiry date should be {expected}, not {found}.</source>
        <translation>有效期的校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="102"/>
        <source>Check digit of the personal number should be {expected}, not {found}.</source>
        <translation>个人号码的校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="105"/>
        <source>The last check digit of line 2 should be {expected}, not {found}.</source>
        <translation>第 2 行最后的校验位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="108"/>
        <source>The date of birth {date} does not exist.</source>
        <translation>出生日期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="111"/>
        <source>The expiry date {date} does not exist.</source>
        <translation>有效期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="114"/>
        <source>An ICCID has only digits.</source>
        <translation>ICCID 只含数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="115"/>
        <source>An ICCID starts with {prefix}.</source>
        <translation>ICCID 以 {prefix} 开头。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="118"/>
        <source>An ICCID has 19 or 20 digits, not {found}.</source>
        <translation>ICCID 为 19 或 20 位数字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="124"/>
        <source>An EID has only digits.</source>
        <translation>EID 只含数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="125"/>
        <source>An EID starts with {prefix}.</source>
        <translation>EID 以 {prefix} 开头。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="128"/>
        <source>An EID has 32 digits, not {found}.</source>
        <translation>EID 为 32 位数字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="129"/>
        <source>The last two digits should be {expected}, not {found}.</source>
        <translation>最后两位应为 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="132"/>
        <source>An IMEI has only digits.</source>
        <translation>IMEI 只含数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="133"/>
        <source>An IMEI has 15 digits, not {found}.</source>
        <translation>IMEI 为 15 位数字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="137"/>
        <source>This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).</source>
        <translation>这是 16 位的 IMEISV；请输入 15 位的 IMEI（拨 *#06# 查看）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="141"/>
        <source>A phone number has only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>电话号码只含数字、空格、短横线、括号和开头的 +。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="145"/>
        <source>Too short for a {region} phone number.</source>
        <translation>号码太短，不是有效的{region}电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="148"/>
        <source>Too long for a {region} phone number.</source>
        <translation>号码太长，不是有效的{region}电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="151"/>
        <source>This is not a valid {region} phone number.</source>
        <translation>这不是有效的{region}电话号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="154"/>
        <source>+{country_code} is not a country calling code.</source>
        <translation>+{country_code} 不是国家/地区区号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="157"/>
        <source>An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID.</source>
        <translation>激活码的格式为 LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="160"/>
        <source>The SM-DP+ address {found} is not a domain name.</source>
        <translation>SM-DP+ 地址 {found} 不是域名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="163"/>
        <source>The matching ID may hold only letters, digits and -.</source>
        <translation>匹配 ID 只能包含字母、数字和 -。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="166"/>
        <source>The SM-DP+ OID {found} should be digits and dots.</source>
        <translation>SM-DP+ OID {found} 应由数字和点组成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="169"/>
        <source>The last part can only be 1 (confirmation code required).</source>
        <translation>最后一段只能是 1（需要确认码）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="172"/>
        <source>Only activation code format 1 exists, not {found}.</source>
        <translation>激活码只有格式 1，没有格式 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="175"/>
        <source>This is not a valid {name}.</source>
        <translation>这不是有效的{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="179"/>
        <source>This number is not valid: check every digit.</source>
        <translation>此号码无效：请逐位核对。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="184"/>
        <source>This ICCID has {found} digits and is not valid: a digit may be missing (most ICCIDs have 20).</source>
        <translation>此 ICCID 有 {found} 位且无效：可能漏了一位（ICCID 多为 20 位）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="213"/>
        <source>{kind}: {message}</source>
        <translation>{kind}：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="190"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="192"/>
        <source>{name}: check result</source>
        <translation>{name}：核对结果</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desk/ui/login.py" line="124"/>
        <source>Desk — log in</source>
        <translation>补卡柜台 — 登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="125"/>
        <source>Desk 补卡柜台</source>
        <translation>补卡柜台 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="127"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="128"/>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="129"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="130"/>
        <source>New staff: set a first PIN…</source>
        <translation>新员工：设置首个 PIN…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="131"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="136"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="205"/>
        <source>{name} can log in now with the new PIN.</source>
        <translation>{name} 现在可用新 PIN 登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="215"/>
        <source>No staff can log in here yet.</source>
        <translation>本店还没有可以登录的员工。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="229"/>
        <source>The PIN could not be checked: {detail}</source>
        <translation>无法核对 PIN：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/app.py" line="236"/>
        <source>The key that protects ID numbers cannot be read, so customers cannot be looked up. Restore desk.key from this store&apos;s backup, or ask head office.

{detail}</source>
        <translation>无法读取保护证件号码的密钥，因此不能查找客户。请从本店备份中恢复 desk.key，或联系总部。

{detail}</translation>
    </message>
</context>
<context>
    <name>LookupNeeds</name>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="193"/>
        <source>Type at least 4 digits of a phone number.</source>
        <translation>电话号码请至少输入 4 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="194"/>
        <source>Type at least 2 letters of a name, or a whole ID number.</source>
        <translation>姓名请至少输入 2 个字母，或输入完整证件号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="197"/>
        <source>No phone number has these digits. For an ICCID or EID, type at least its last 6 digits.</source>
        <translation>没有电话号码含这些数字。ICCID 或 EID 请至少输入最后 6 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="201"/>
        <source>Type the whole ID number: an HKID has 1 or 2 letters, 6 digits and a check character.</source>
        <translation>请输入完整证件号码：香港身份证为 1 或 2 个字母、6 位数字及校验码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="205"/>
        <source>Type the whole number: a mainland ID has 18 characters, an ICCID 19 or 20 digits.</source>
        <translation>请输入完整号码：内地身份证为 18 位，ICCID 为 19 或 20 位。</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="115"/>
        <source>Phone, name, ID number, ICCID or EID — F2 to come back here</source>
        <translation>电话、姓名、证件号码、ICCID 或 EID — 按 F2 回到这里</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="198"/>
        <source>The search failed: {message}</source>
        <translation>查找失败：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="203"/>
        <source>Type to find a customer.</source>
        <translation>输入以查找客户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="208"/>
        <source>No customer matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="211"/>
        <source>Matching customers: {total} (showing the first {shown}).</source>
        <translation>找到 {total} 位客户（显示前 {shown} 位）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="216"/>
        <source>Matching customers: {total}.</source>
        <translation>找到 {total} 位客户。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="148"/>
        <source>Desk 补卡柜台 — {store}</source>
        <translation>补卡柜台 — {store}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="150"/>
        <source>Lookup</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="151"/>
        <source>Cases</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="152"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="153"/>
        <source>Day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="154"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="155"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="159"/>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="165"/>
        <source>Store: {code} {name}</source>
        <translation>门店：{code} {name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="170"/>
        <source>Staff: {name} ({role})</source>
        <translation>员工：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="176"/>
        <source>Business day: {day}</source>
        <translation>营业日：{day}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="178"/>
        <source>Business day: not open</source>
        <translation>营业日：未开启</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="185"/>
        <source>Sync: not connected to head office</source>
        <translation>同步：未连接总部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="243"/>
        <source>{reason}

Log out anyway?</source>
        <translation>{reason}

仍要登出吗？</translation>
    </message>
</context>
<context>
    <name>NoticeProblemsBox</name>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="113"/>
        <source>An e-mail interrupted while the server was taking it may have been sent: ask the customer, then send it again or record that they have it. A refused notice cannot be sent: check the customer&apos;s registered contact.</source>
        <translation>服务器接收期间中断的电子邮件可能已经发出：请先询问客户，再重新发送或记录客户已收到。被拒绝的通知无法发送：请核对客户登记的联系方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="118"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="119"/>
        <source>The customer has it</source>
        <translation>客户已收到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="124"/>
        <source>Notices that need a person: reading …</source>
        <translation>需要人工处理的通知：读取中…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="126"/>
        <source>No notice needs a person.</source>
        <translation>没有需要人工处理的通知。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="129"/>
        <source>Notices that need a person: {count}</source>
        <translation>需要人工处理的通知：{count}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="164"/>
        <source>The notices could not be read: {message}</source>
        <translation>无法读取通知：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="193"/>
        <source>This could not be done: {detail}</source>
        <translation>无法完成：{detail}</translation>
    </message>
</context>
<context>
    <name>NoticeProblemsModel</name>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="27"/>
        <source>one-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="28"/>
        <source>case submitted</source>
        <translation>申请已提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="29"/>
        <source>card activated</source>
        <translation>新卡已启用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="32"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="33"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="34"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="38"/>
        <source>? maybe sent</source>
        <translation>? 可能已发出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="39"/>
        <source>✕ refused</source>
        <translation>✕ 被拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="50"/>
        <source>Queued</source>
        <translation>排队时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="51"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="52"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="53"/>
        <source>To</source>
        <translation>发送至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="54"/>
        <source>Case</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="55"/>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsBox</name>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="120"/>
        <source>, </source>
        <comment>between field names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="124"/>
        <source>Please correct: {fields}</source>
        <translation>请更正：{fields}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="129"/>
        <source>Saved. Checking the outbox…</source>
        <translation>已保存，正在检查发件箱…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="137"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="138"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="139"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="142"/>
        <source>no SMS gateway configured</source>
        <translation>未设置短信网关</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="143"/>
        <source>no e-mail server configured</source>
        <translation>未设置邮件服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="149"/>
        <source>{count} {channel} waiting: {why}</source>
        <translation>{count} 条{channel}待发送：{why}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="154"/>
        <source>{count} {channel} waiting to be retried ({error})</source>
        <translation>{count} 条{channel}等待重试（{error}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="159"/>
        <source>{count} {channel} being sent</source>
        <translation>{count} 条{channel}正在发送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="162"/>
        <source>{count} interrupted e-mails need a decision</source>
        <translation>{count} 封发送中断的邮件待处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="165"/>
        <source>{count} refused by the server</source>
        <translation>{count} 条被服务器拒绝</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="166"/>
        <source>Notices: </source>
        <translation>通知：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="167"/>
        <source>nothing waiting</source>
        <translation>没有待发送的通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="167"/>
        <source>; </source>
        <comment>between kinds of notices</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="171"/>
        <source>Notices to customers</source>
        <translation>客户通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="173"/>
        <source>E-mail server (SMTP):</source>
        <translation>邮件服务器（SMTP）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="174"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="175"/>
        <source>Encrypt (STARTTLS):</source>
        <translation>加密（STARTTLS）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="176"/>
        <source>Login:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="177"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="178"/>
        <source>Sender address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="179"/>
        <source>SMS gateway URL:</source>
        <translation>短信网关网址：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="180"/>
        <source>SMS gateway token:</source>
        <translation>短信网关令牌：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="181"/>
        <source>Wait for an answer (seconds):</source>
        <translation>等待回应（秒）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="185"/>
        <source>empty: no e-mail notices</source>
        <translation>留空：不发送邮件通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="186"/>
        <source>empty: no SMS notices</source>
        <translation>留空：不发送短信通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="187"/>
        <source>Save notice settings</source>
        <translation>保存通知设置</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../desk/ui/wizard/paper.py" line="51"/>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/paper.py" line="55"/>
        <source>Application form {number}</source>
        <translation>申请表 {number}</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="161"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="164"/>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="165"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="166"/>
        <source>Emergency (same day)</source>
        <translation>紧急（即日）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="167"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="167"/>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Received / change</source>
        <translation>收款 / 找零</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="172"/>
        <source>&amp;Waive or change the fee…   {key}</source>
        <translation>豁免或更改费用(&amp;W)…   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="174"/>
        <source>Pa&amp;id by</source>
        <translation>支付方式(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="175"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="176"/>
        <source>Enter: exactly what is due</source>
        <translation>Enter：按应付金额</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="177"/>
        <source>Reference (optional)</source>
        <translation>参考编号（可选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="178"/>
        <source>&amp;Add   Enter</source>
        <translation>加入(&amp;A)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="179"/>
        <source>&amp;Take payment   Enter</source>
        <translation>收款(&amp;T)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="180"/>
        <source>&amp;Receipt…</source>
        <translation>收据(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="223"/>
        <source>{amount} (was {scheduled})</source>
        <translation>{amount}（原价 {scheduled}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="230"/>
        <source>Total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="266"/>
        <source>Still due: {amount}</source>
        <translation>尚欠：{amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="269"/>
        <source>Paid in full. Change to give: {amount}</source>
        <translation>已全数付清。应找零：{amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="272"/>
        <source>Paid in full.</source>
        <translation>已全数付清。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="274"/>
        <source>Receipt {number}</source>
        <translation>收据 {number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="395"/>
        <source>Take the payment first.</source>
        <translation>请先收款。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="14"/>
        <source>Cases</source>
        <translation>补卡申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="15"/>
        <source>The queue of open replacement cases will be here: draft, verified, paid, submitted, under review, approved, card issued, shipped, activated.</source>
        <translation>这里将显示处理中的补卡申请：草稿、已核验、已付款、已提交、审核中、已批准、已发卡、已寄出、已激活。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="22"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="23"/>
        <source>Receiving blank SIMs, stock movements and stock counts will be here.</source>
        <translation>这里将用于空白 SIM 卡入库、库存变动和盘点。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="29"/>
        <source>Day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="30"/>
        <source>The business day will be here: opening float, cash in and out, day close with the Z report and the export files.</source>
        <translation>这里将用于营业日：开店备用金、现金存取、日结（日结报表和导出文件）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="37"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="38"/>
        <source>Synchronisation with head office will be here. This store is not connected to head office yet.</source>
        <translation>这里将用于与总部同步。本店尚未连接总部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="63"/>
        <source>This part of Desk is not available in this version yet.</source>
        <translation>此版本尚未提供这部分功能。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="113"/>
        <source>&amp;Print   Enter</source>
        <translation>打印(&amp;P)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="114"/>
        <source>&amp;Save as PDF   Ctrl+S</source>
        <translation>另存为 PDF(&amp;S)   Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="115"/>
        <source>Close   Esc</source>
        <translation>关闭   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="144"/>
        <source>The printer could not be started: nothing printed.</source>
        <translation>无法启动打印机：没有打印任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="147"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="157"/>
        <source>The file could not be saved: {detail}</source>
        <translation>无法保存文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="160"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desk/ui/i18n.py" line="30"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="31"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="32"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="33"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="34"/>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desk/ui/i18n.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="49"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="52"/>
        <source>Why does the customer need a new card? (↑/↓, Enter)</source>
        <translation>客户为何需要新卡？（↑/↓，Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="55"/>
        <source>&amp;Proxy: someone acts for the customer (代办)</source>
        <translation>代办：由他人代客户办理(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="65"/>
        <source>This line&apos;s case is open with the reason “{reason}”. To change the reason, cancel that case on the Cases page.</source>
        <translation>此号码已有处理中的申请，原因为“{reason}”。如需更改原因，请在“补卡申请”页面取消该申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="70"/>
        <source>Enter reports the card lost: the line is suspended at once, even if the customer leaves before the new card.</source>
        <translation>按 Enter 即挂失此卡：号码立即停用，即使客户在取得新卡前离开也是如此。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="74"/>
        <source>Enter opens the case.</source>
        <translation>按 Enter 开立申请。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="50"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="52"/>
        <source>The language is used at once and remembered on this computer.</source>
        <translation>语言立即生效，并在本电脑上记住。</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="60"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="63"/>
        <source>Supervisor &amp;approval   {key}</source>
        <translation>店长批准(&amp;A)   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="64"/>
        <source>Application &amp;form…</source>
        <translation>申请表(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="83"/>
        <source>SIM {iccid}</source>
        <translation>SIM {iccid}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="85"/>
        <source>eSIM for {device} (EID {eid})</source>
        <translation>{device} 的 eSIM（EID {eid}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="90"/>
        <location filename="../../desk/ui/wizard/submit_page.py" line="96"/>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="98"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="99"/>
        <source>Card kind</source>
        <translation>卡类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>not verified</source>
        <translation>未核验</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="101"/>
        <source>New card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="102"/>
        <source>Handover</source>
        <translation>交付方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="103"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="115"/>
        <source>Before this case can be submitted:</source>
        <translation>提交此申请前须处理：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="119"/>
        <source>A supervisor approves at this counter: {key}.</source>
        <translation>店长可在本柜台批准：{key}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="129"/>
        <source>Submitted. Application number: {number}</source>
        <translation>已提交。申请编号：{number}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="77"/>
        <source>Supervisor approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;Supervisor</source>
        <translation>店长(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;PIN</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="88"/>
        <source>Approve   Enter</source>
        <translation>批准   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="90"/>
        <source>Cancel   Esc</source>
        <translation>取消   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="91"/>
        <source>Why the supervisor agrees</source>
        <translation>店长同意的理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="95"/>
        <source>No supervisor works at this store.</source>
        <translation>本店没有店长。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="98"/>
        <source>A supervisor&apos;s approval needs a reason.</source>
        <translation>店长批准须注明原因。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="56"/>
        <source>Day close (over/short)</source>
        <translation>日结（长短款）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="57"/>
        <source>Cases opened</source>
        <translation>开立的申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="58"/>
        <source>Case steps</source>
        <translation>申请步骤</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="59"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="60"/>
        <source>Fee lines</source>
        <translation>费用项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="61"/>
        <source>Tenders</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="62"/>
        <source>Cash in and out</source>
        <translation>存入与取出现金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="63"/>
        <source>Stock movements</source>
        <translation>库存变动</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="163"/>
        <source>Syncing with head office…</source>
        <translation>正在与总部同步…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="189"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="191"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="193"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="194"/>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="202"/>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="211"/>
        <source>Not enrolled with head office: ask head office for an enrolment token, then run desk enroll</source>
        <translation>尚未在总部登记：请向总部索取登记码，然后运行 desk enroll</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="216"/>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="219"/>
        <location filename="../../desk/ui/pages/sync.py" line="224"/>
        <source>{when} ({ago})</source>
        <translation>{when}（{ago}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="228"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="231"/>
        <source>{n} rows waiting to be sent to head office</source>
        <translation>{n} 条记录等待发送到总部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="233"/>
        <source>Nothing waiting</source>
        <translation>没有等待发送的记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="237"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="245"/>
        <source>This PC&apos;s clock is {n} min ahead of head office&apos;s: set it right.</source>
        <translation>这台电脑的时钟比总部快 {n} 分钟：请校正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="247"/>
        <source>This PC&apos;s clock is {n} min behind head office&apos;s: set it right.</source>
        <translation>这台电脑的时钟比总部慢 {n} 分钟：请校正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="255"/>
        <source>Not planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="255"/>
        <source>At the set time</source>
        <translation>在设定的时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="257"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="259"/>
        <source>nightly</source>
        <translation>每晚</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="260"/>
        <source>to catch up</source>
        <translation>补同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="261"/>
        <source>during the day</source>
        <translation>日间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="263"/>
        <source>{when} ({why})</source>
        <translation>{when}（{why}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="287"/>
        <source>Head office&apos;s view of this store after the last good sync</source>
        <translation>上次成功同步后总部所见的本店数据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="289"/>
        <source>Head office&apos;s view of this store: none yet (it comes with a good sync)</source>
        <translation>总部所见的本店数据：暂无（成功同步后显示）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="294"/>
        <source>The sync did not run.</source>
        <translation>同步没有运行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="297"/>
        <source>The sync failed: {error}</source>
        <translation>同步失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="298"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="302"/>
        <source>Synced: {n} rows sent in {s:.1f} s.</source>
        <translation>已同步：{s:.1f} 秒内发送了 {n} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="309"/>
        <source>Customer and line records from head office: {added} new, {changed} changed.</source>
        <translation>来自总部的客户与号码记录：新增 {added} 条，更新 {changed} 条。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="313"/>
        <source>{n} records from head office could not be placed in this store (their carrier or product is unknown here, or another line holds their number or card).</source>
        <translation>来自总部的 {n} 条记录无法放入本门店（本店没有其运营商或产品，或其号码或卡已属于另一号码）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="321"/>
        <source>Head office&apos;s totals differed for {days}: those days were sent again.</source>
        <translation>总部的合计在 {days} 不一致：这些日期已重新发送。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="332"/>
        <source>Sync: syncing…</source>
        <translation>同步：正在同步…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="334"/>
        <source>Sync: …</source>
        <translation>同步：…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="336"/>
        <source>Sync: not enrolled</source>
        <translation>同步：尚未登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="338"/>
        <source>Sync: never synced</source>
        <translation>同步：从未同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="341"/>
        <source>No good sync for {n} days: call head office</source>
        <translation>已 {n} 天没有成功同步：请致电总部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="345"/>
        <source>Sync: last good {when}</source>
        <translation>同步：上次成功 {when}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="348"/>
        <source>Sync with head office</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="349"/>
        <source>Last good sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="350"/>
        <source>Last attempt:</source>
        <translation>上次尝试：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="351"/>
        <source>Waiting:</source>
        <translation>等待发送：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="352"/>
        <source>Next sync:</source>
        <translation>下次同步：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="353"/>
        <source>Last error:</source>
        <translation>上次错误：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="354"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desk/ui/texts.py" line="21"/>
        <source>clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="22"/>
        <source>supervisor</source>
        <translation>店长</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="23"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="24"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="25"/>
        <source>suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="26"/>
        <source>terminated</source>
        <translation>已注销</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="27"/>
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="28"/>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="29"/>
        <source>HKID</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="30"/>
        <source>Mainland ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="31"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="32"/>
        <source>Other ID</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="36"/>
        <source>application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="37"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="38"/>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="39"/>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="40"/>
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="41"/>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="46"/>
        <source>Wrong PIN for {name}. Tries left before a lockout: {left}.</source>
        <translation>{name} 的 PIN 不正确。再错 {left} 次将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="49"/>
        <source>Too many wrong PINs for {name}: locked for {minutes} min. Try again after that.</source>
        <translation>{name} 输错 PIN 次数过多，已锁定 {minutes} 分钟，请在此之后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="53"/>
        <source>The PIN was not checked, because the attempt could not be recorded: {detail}</source>
        <translation>未核对 PIN，因为无法记录这次尝试：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="57"/>
        <source>The store&apos;s key cannot be read, so PINs and ID numbers cannot be checked. Restore desk.key from this store&apos;s backup, or ask head office. ({detail})</source>
        <translation>无法读取本店的密钥，因此无法核对 PIN 和证件号码。请从本店备份恢复 desk.key，或联系总部。（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="62"/>
        <source>The PIN could not be checked: {detail}. Try again; if it happens again, tell your support.</source>
        <translation>无法核对 PIN：{detail}。请重试；如再次出现，请联系技术支持。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="67"/>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>密码为 {min} 到 {max} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="68"/>
        <source>{name} has no PIN yet: a supervisor sets a first one on the login window.</source>
        <translation>{name} 还没有 PIN：请主管在登录界面为其设置首个 PIN。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="71"/>
        <source>{name} has a PIN already: only a first PIN is set here.</source>
        <translation>{name} 已有 PIN：此处只能设置首个 PIN。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="74"/>
        <source>Desk is already using this store ({holder}). Close that Desk first (log out and quit), then start it again.</source>
        <translation>Desk 正在使用此门店（{holder}）。请先关闭该 Desk（退出登录并关闭），然后再开启。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="79"/>
        <source>This staff member cannot log in here.</source>
        <translation>该员工不能在此登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="80"/>
        <source>This customer is no longer in this store&apos;s records.</source>
        <translation>本店记录中已没有该客户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="84"/>
        <source>This case is not in this store&apos;s records.</source>
        <translation>本店记录中没有此申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="85"/>
        <source>This line is not in this store&apos;s records.</source>
        <translation>本店记录中没有此号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="86"/>
        <source>This line has been terminated: no new card.</source>
        <translation>此号码已注销，不能补卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="87"/>
        <source>The customer has locked SIM changes on this line. A supervisor can lift the lock after a full verification.</source>
        <translation>客户已为此号码设置换卡锁定。完成全部身份核验后，店长可解除锁定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="92"/>
        <source>This line already has an open case. Continue or cancel that one.</source>
        <translation>此号码已有处理中的申请，请继续办理或取消该申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="95"/>
        <source>A lost or stolen card is reported lost first: suspend the line.</source>
        <translation>丢失或被盗的卡须先挂失：请停用此号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="98"/>
        <source>Identity checks failed {max_failures} times or more in {window_hours} hours: replacements on this line are locked until a supervisor clears the lock.</source>
        <translation>{window_hours} 小时内身份核验失败 {max_failures} 次或以上：此号码的补卡已锁定，须由店长解除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="103"/>
        <source>This line&apos;s card was replaced less than {cooling_days} days ago: a supervisor must approve another replacement, with a reason.</source>
        <translation>此号码在 {cooling_days} 天内已补过卡：再次补卡须由店长批准并注明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="108"/>
        <source>Someone acting for the customer (a proxy) needs a supervisor.</source>
        <translation>由他人代客户办理（代办）须经店长批准。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="111"/>
        <source>Moving an eSIM without the old phone at the counter needs a supervisor.</source>
        <translation>旧手机不在柜台时转移 eSIM，须经店长批准。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="114"/>
        <source>This line already has an open case at store {store}, counter {counter}. It must be finished or cancelled there first.</source>
        <translation>此号码已在门店 {store} 第 {counter} 号柜台有未完成的申请，须先在那里完成或取消。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="119"/>
        <source>Head office could not be asked whether this line or this ID has open cases, recent replacements or failed identity checks at other stores or counters: a supervisor must approve this case, with a reason.</source>
        <translation>无法向总部查询此号码或此证件在其他门店或柜台是否有未完成的申请、近期补卡或身份核验失败：此申请须由店长批准并说明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="125"/>
        <source>Only a supervisor may do this.</source>
        <translation>只有店长可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="126"/>
        <source>Complete every identity check before lifting the SIM-change lock.</source>
        <translation>解除换卡锁定前，请完成所有身份核验。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="129"/>
        <source>Say why: a reason is needed.</source>
        <translation>请说明原因：原因不能为空。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="130"/>
        <source>This cannot be approved; it must be cleared.</source>
        <translation>此项不能批准，必须解除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="131"/>
        <source>This case&apos;s checks are done; nothing more to check.</source>
        <translation>此申请的核验已完成，无需再核验。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="134"/>
        <source>Some checks have not passed yet.</source>
        <translation>部分核验项目尚未通过。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="135"/>
        <source>This customer has no registered contact for a code.</source>
        <translation>此客户没有可接收验证码的登记联系方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="136"/>
        <source>Send a code first.</source>
        <translation>请先发送验证码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="137"/>
        <source>This case is submitted: its new card cannot change.</source>
        <translation>此申请已提交，新卡不能更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="138"/>
        <source>This case replaces an eSIM: scan the phone&apos;s EID.</source>
        <translation>此申请补发 eSIM：请扫描手机的 EID。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="141"/>
        <source>This case replaces a SIM card: scan a blank SIM.</source>
        <translation>此申请补发 SIM 卡：请扫描空白 SIM 卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="144"/>
        <source>The SIM {iccid} is not in this store&apos;s stock.</source>
        <translation>SIM 卡 {iccid} 不在本店库存中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="145"/>
        <source>The blank SIM {iccid} is for another product than this line&apos;s.</source>
        <translation>空白 SIM 卡 {iccid} 与此号码的产品不符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="148"/>
        <source>The SIM {iccid} has already been given out.</source>
        <translation>SIM 卡 {iccid} 已发出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="149"/>
        <source>Type the new phone&apos;s brand and model.</source>
        <translation>请输入新手机的品牌和型号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="150"/>
        <source>Type the address the courier delivers to.</source>
        <translation>请输入快递送货地址。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="151"/>
        <source>Choose the new card before submitting.</source>
        <translation>提交前请先选择新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="152"/>
        <source>Choose how the customer gets the new card.</source>
        <translation>请选择客户取得新卡的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="153"/>
        <source>This case cannot do that in its present state.</source>
        <translation>此申请在当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="156"/>
        <source>This case is finished: nothing more can happen.</source>
        <translation>此申请已结束，不能再作任何操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="157"/>
        <source>This case waits for its payment.</source>
        <translation>此申请正在等待付款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="158"/>
        <source>This case does not need that check.</source>
        <translation>此申请不需要这项核验。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="160"/>
        <source>This step is not taken from the queue.</source>
        <translation>此步骤不能在申请列表中执行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="161"/>
        <source>Type the courier&apos;s tracking number.</source>
        <translation>请输入快递单号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="162"/>
        <source>Only a card sent by courier is shipped; this one is handed over at the counter.</source>
        <translation>只有快递的卡才需寄出；此卡在柜台交付。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="165"/>
        <source>A card sent by courier must be shipped before it is delivered.</source>
        <translation>快递的卡须先寄出，才能标记为已送达。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="168"/>
        <source>The reason is too long: at most {max} characters.</source>
        <translation>原因太长：最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="174"/>
        <source>Please type an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="175"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="176"/>
        <source>This is not an amount: type digits, with a point for cents (120.50).</source>
        <translation>这不是金额：请输入数字，角分用小数点（120.50）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="179"/>
        <source>At most {digits} digits after the point.</source>
        <translation>小数点后最多 {digits} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="180"/>
        <source>That is far more than any fee: please check the amount.</source>
        <translation>金额远超任何费用：请核对。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="183"/>
        <source>This store does not take this way of paying.</source>
        <translation>本店不接受此支付方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="184"/>
        <source>Each payment must be more than zero.</source>
        <translation>每笔付款必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="185"/>
        <source>A card or wallet payment cannot be more than what is still due; only cash gives change.</source>
        <translation>银行卡或电子钱包付款不能超过尚欠金额；只有现金可以找零。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="189"/>
        <source>The total is already paid: take no more.</source>
        <translation>总额已付清：不要再收款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="190"/>
        <source>The payments do not cover the total yet.</source>
        <translation>已收款项尚未付清总额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="191"/>
        <source>Please keep the reference under {max} characters.</source>
        <translation>参考编号请少于 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="194"/>
        <source>The fee schedule has no fee for this card on this day: ask head office.</source>
        <translation>收费表在今天没有此卡的收费：请联系总部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="197"/>
        <source>A supervisor may lower a fee to anything from zero, never raise it.</source>
        <translation>主管可把费用降至零或以上，但不可提高。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="200"/>
        <source>The fee is paid for this way of handing over the card: a supervisor must void the payment before it changes.</source>
        <translation>已按此交付方式收费：须由主管先作废该笔付款，才可更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="206"/>
        <source>There is no receipt with this number at this counter.</source>
        <translation>此柜台没有此编号的收据。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="209"/>
        <source>Receipt {number} is itself a void or a refund: it cannot be reversed.</source>
        <translation>收据 {number} 本身是作废或退款记录，不能再冲销。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="212"/>
        <source>Receipt {number} was already voided or refunded (receipt {by}).</source>
        <translation>收据 {number} 已作废或退款（收据 {by}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="215"/>
        <source>Only a receipt of today can be voided; give a refund for an earlier day&apos;s.</source>
        <translation>只可作废今日的收据；较早营业日的收据请办理退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="219"/>
        <source>A receipt of today is voided, not refunded.</source>
        <translation>今日的收据应作废，不是退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="220"/>
        <source>Say which supervisor does this.</source>
        <translation>请选择由哪位店长办理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="221"/>
        <source>There is no receipt or application with this number.</source>
        <translation>没有此编号的收据或申请。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="224"/>
        <source>This has been reprinted already: another copy needs a supervisor.</source>
        <translation>已重印过：再印一份需要主管批准。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="228"/>
        <source>The business day is not open at this counter: open it on the Day page (F5), with the float in the drawer.</source>
        <translation>此柜台的营业日尚未开启：请在营业日页面（F5）输入钱箱备用金后开始营业。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="233"/>
        <source>A business day is open at this counter already.</source>
        <translation>此柜台已有开启中的营业日。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="236"/>
        <source>That business day is closed: nothing of it can change now. Correct it with a void or refund today.</source>
        <translation>该营业日已日结，记录不能再更改。请于今日以作废或退款更正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="241"/>
        <source>Type an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="242"/>
        <source>Count the drawer by notes and coins, or type its total.</source>
        <translation>请按纸币及硬币点算钱箱，或输入总额。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="245"/>
        <source>Count whole notes and coins: a number from 0 up.</source>
        <translation>请以整数点算纸币及硬币：0 或以上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="248"/>
        <source>This currency has no such note or coin.</source>
        <translation>此货币没有这种纸币或硬币。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="249"/>
        <source>The drawer is over or short by more than the limit: please give a reason.</source>
        <translation>钱箱长款或短款超出上限：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="253"/>
        <source>This SIM is no longer in stock (given out or damaged already).</source>
        <translation>此 SIM 卡已不在存货中（已发出或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="257"/>
        <source>Counter {counter} has no business day on {day}: it was never opened.</source>
        <translation>柜台 {counter} 在 {day} 没有营业日：该日从未开启。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="260"/>
        <source>The business day {day} is still open: its Z report and exports are written when it is closed.</source>
        <translation>营业日 {day} 仍未日结：日结时才会产生日结报表及导出文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="265"/>
        <source>The day&apos;s Z report and exports could not be written ({detail}), so the day is still open. Free some disk space or fix the folder, then close it again.</source>
        <translation>未能写入该日的日结报表及导出文件（{detail}），因此营业日仍然开启。请腾出磁盘空间或修正文件夹，然后再日结。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="270"/>
        <source>{folder} holds other files: choose an empty or a new folder.</source>
        <translation>{folder} 内有其他文件：请选择空的或新的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="273"/>
        <source>There is no folder {folder} to write into.</source>
        <translation>没有可写入的文件夹 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="274"/>
        <source>Type the day as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>请以 YYYY-MM-DD 格式输入日期，例如 2026-11-23。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="275"/>
        <source>This cannot be printed: the printer font has no character {characters}. Correct the text or spell it another way.</source>
        <translation>无法打印：打印字体没有字符 {characters}。请更正文字或改用其他写法。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="49"/>
        <source>There is no store in {folder}. Create the demo store with `desk demo --data-dir {folder_arg}`, or start Desk with `make run`.</source>
        <translation>{folder} 中没有门店。请用 `desk demo --data-dir {folder_arg}` 创建演示门店，或用 `make run` 启动 Desk。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="54"/>
        <source>{file} is damaged ({detail}). Nothing more was written to it. Copies are in {backups}: ask your support to restore the newest good one.</source>
        <translation>{file} 已损坏（{detail}），没有再写入任何内容。副本在 {backups}：请技术支持恢复最新的完好副本。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="59"/>
        <source>The disk holding {file} is full, so nothing was saved. Free some space (old backups can be moved elsewhere) and try again; no data was lost.</source>
        <translation>存放 {file} 的磁盘已满，因此没有保存任何内容。请腾出空间（可把旧备份移到别处）后重试；没有丢失数据。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="64"/>
        <source>{file} cannot be written: the file, its folder or the disk is read-only. Nothing was changed. Make the folder writable for this account and try again.</source>
        <translation>无法写入 {file}：文件、其文件夹或磁盘为只读。没有更改任何内容。请让此账户可写入该文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="69"/>
        <source>This account may not use {file} (permission denied). Start Desk as the account that owns the store&apos;s folder, or ask your support to fix its permissions.</source>
        <translation>此账户无权使用 {file}（权限被拒绝）。请用拥有门店文件夹的账户启动 Desk，或请技术支持修正权限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="74"/>
        <source>{file} is busy: another Desk, a backup or a sync is using it. Nothing was changed. Wait a moment and try again.</source>
        <translation>{file} 正忙：另一个 Desk、备份或同步正在使用它。没有更改任何内容。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="79"/>
        <source>{file} could not be read or written ({detail}): the disk may be failing. Check the disk before anything else; do not restore a backup over it yet.</source>
        <translation>无法读写 {file}（{detail}）：磁盘可能出现故障。请先检查磁盘；暂时不要用备份覆盖它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="84"/>
        <source>{file} cannot be opened ({detail}). Check that its folder exists and that this account may use it.</source>
        <translation>无法打开 {file}（{detail}）。请检查其文件夹是否存在，以及此账户是否有权使用。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="25"/>
        <source>Head office at {url} cannot be reached ({kind}); Desk works on and will try again.</source>
        <translation>无法连接总部 {url}（{kind}）。Desk 照常运行，稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="29"/>
        <source>Head office at {url} did not answer in time; Desk will try again.</source>
        <translation>总部 {url} 未及时响应。Desk 稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="32"/>
        <source>Head office refused the sync: {reason}</source>
        <translation>总部拒绝了本次同步：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="33"/>
        <source>Head office at {url} answered {path} with HTTP {status} and no reason; Desk will try again.</source>
        <translation>总部 {url} 对 {path} 返回了 HTTP {status}，但没有说明原因。Desk 稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="39"/>
        <source>A sync with head office is already running: wait for it to finish.</source>
        <translation>已有一次与总部的同步正在进行：请等待其完成。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="42"/>
        <source>This Desk is not enrolled with head office: ask head office for an enrolment token, then run desk enroll.</source>
        <translation>此 Desk 尚未在总部登记：请向总部索取登记码，然后运行 desk enroll。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="47"/>
        <source>This version of Desk cannot sync with head office yet.</source>
        <translation>此版本的 Desk 暂时无法与总部同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="52"/>
        <source>This Desk is not enrolled with head office: ask head office for an enrolment token, then run &apos;desk enroll URL TOKEN&apos;.</source>
        <translation>此 Desk 尚未在总部登记：请向总部索取登记码，然后运行 &apos;desk enroll URL TOKEN&apos;。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="57"/>
        <source>This Desk&apos;s enrolment with head office ({path}) cannot be read: {detail}</source>
        <translation>无法读取此 Desk 在总部的登记信息（{path}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="60"/>
        <source>{path} is damaged ({detail}): enrol this Desk again with desk enroll --again URL TOKEN.</source>
        <translation>{path} 已损坏（{detail}）：请用 desk enroll --again URL TOKEN 重新登记此 Desk。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="64"/>
        <source>The credential for head office cannot be read: {detail}</source>
        <translation>无法读取连接总部的凭证：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="67"/>
        <source>The credential for head office is in neither the keyring nor {file}: enrol this Desk again with desk enroll --again URL TOKEN (head office gives the token).</source>
        <translation>系统密钥库和 {file} 中都没有连接总部的凭证：请用 desk enroll --again URL TOKEN 重新登记此 Desk（登记码由总部提供）。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="73"/>
        <source>Head office at {url} answered {path} with something this Desk does not understand: nothing of it was written; Desk will try again.</source>
        <translation>此 Desk 无法理解总部 {url} 对 {path} 的回复：没有写入任何内容。Desk 稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="78"/>
        <source>Head office and this Desk could not agree where to start the sync; Desk will try again.</source>
        <translation>总部与此 Desk 未能确定同步从何处开始。Desk 稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="82"/>
        <source>Head office sent a {table} row this Desk cannot take ({columns}): nothing of it was written.</source>
        <translation>总部发来一条此 Desk 无法接收的 {table} 记录（{columns}）：其内容均未写入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="87"/>
        <source>Head office sent a {table} row this Desk cannot take (no id): nothing of it was written.</source>
        <translation>总部发来一条此 Desk 无法接收的 {table} 记录（没有 id）：其内容均未写入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="91"/>
        <source>Head office sent a {table} row with damaged binary data: nothing of it was written.</source>
        <translation>总部发来的一条 {table} 记录中的二进制数据已损坏：其内容均未写入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="96"/>
        <source>Head office&apos;s reference data (fees, carriers, staff) arrived without a version or body: nothing of it was applied; Desk will try again.</source>
        <translation>总部的参考数据（收费、运营商、员工）传来时没有版本或内容：均未应用。Desk 稍后会再次尝试同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="101"/>
        <source>Head office&apos;s reference version {version} arrived damaged (its SHA-256 does not match): it was not applied; the next sync fetches it again.</source>
        <translation>总部的参考数据第 {version} 版传来时已损坏（SHA-256 不一致）：未应用，下次同步时会重新获取。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="106"/>
        <source>Head office&apos;s reference version {version} was not applied: this Desk cannot use it ({field}: {problem}). Tell head office.</source>
        <translation>总部的参考数据第 {version} 版未应用：此 Desk 无法使用（{field}：{problem}）。请通知总部。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="111"/>
        <source>Head office&apos;s fee schedule is in {schedule} but this store takes {store}: reference version {version} was not applied.</source>
        <translation>总部的收费表以 {schedule} 计价，但本店收取 {store}：参考数据第 {version} 版未应用。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="116"/>
        <source>Head office&apos;s reference version {version} was not applied: a version is 1 or more.</source>
        <translation>总部的参考数据第 {version} 版未应用：版本号至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="121"/>
        <source>Head office&apos;s answer for customer and line records is malformed: nothing was written; the next sync asks again.</source>
        <translation>总部发来的客户与号码记录格式有误：没有写入任何内容，下次同步时会重新请求。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="126"/>
        <source>Head office sent a record this Desk does not keep: nothing was written.</source>
        <translation>总部发来一条此 Desk 不保存的记录：没有写入任何内容。</translation>
    </message>
</context>
</TS>
