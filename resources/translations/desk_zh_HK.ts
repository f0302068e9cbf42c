<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
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
        <translation>掃描存貨中空白 SIM 卡的條碼（或輸入其 ICCID），然後按 Enter：該卡即成為此申請的新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="83"/>
        <source>The customer&apos;s new phone: scan or type its EID (Settings › About), its brand and model, and the activation code (QR). Enter moves to the next field.</source>
        <translation>客戶的新手機：掃描或輸入其 EID（設定 › 關於本機）、品牌及型號，以及啟用碼（QR 碼）。按 Enter 移至下一欄。</translation>
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
        <translation>型號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="87"/>
        <source>Activation code</source>
        <translation>啟用碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="90"/>
        <source>e.g. Apple, 华为, Samsung</source>
        <translation>例如 Apple、華為、Samsung</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="91"/>
        <source>e.g. iPhone 15</source>
        <translation>例如 iPhone 15</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="92"/>
        <source>The &amp;old phone is at the counter</source>
        <translation>舊手機在櫃枱(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="108"/>
        <source>New card: SIM {iccid}. Enter: go on.</source>
        <translation>新卡：SIM {iccid}。Enter：繼續。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="111"/>
        <source>No new card chosen yet.</source>
        <translation>尚未選擇新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="114"/>
        <source>Saved: EID {eid}, {device}, activation code {code}.</source>
        <translation>已儲存：EID {eid}，{device}，啟用碼 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/card_page.py" line="167"/>
        <source>Scan the new SIM card first.</source>
        <translation>請先掃描新 SIM 卡。</translation>
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
        <translation>作廢付款…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="112"/>
        <source>Reprint receipt</source>
        <translation>補印收據</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="113"/>
        <source>Reprint form</source>
        <translation>補印申請表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="128"/>
        <source>Refund receipt {number} ({amount}), paid on an earlier day, the way it was paid.</source>
        <translation>退回收據 {number}（{amount}），於較早的營業日付款，按原付款方式退回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="131"/>
        <source>Void receipt {number} ({amount}), paid today.</source>
        <translation>作廢收據 {number}（{amount}），今日付款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="144"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>請稍候：上一步仍在儲存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases_paper.py" line="185"/>
        <source>Print preview</source>
        <translation>列印預覽</translation>
    </message>
</context>
<context>
    <name>CaseResume</name>
    <message>
        <location filename="../../desk/ui/pages/cases_resume.py" line="89"/>
        <source>This line is no longer on the customer&apos;s card.</source>
        <translation>此號碼已不在此客戶的資料卡上。</translation>
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
        <translation>已核實身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="18"/>
        <source>paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="19"/>
        <source>submitted</source>
        <translation>已遞交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="20"/>
        <source>under review</source>
        <translation>審批中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="21"/>
        <source>approved</source>
        <translation>已批核</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="22"/>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="23"/>
        <source>card issued</source>
        <translation>已發卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="24"/>
        <source>shipped</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="25"/>
        <source>delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="26"/>
        <source>activated</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="27"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="31"/>
        <source>lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="32"/>
        <source>damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="33"/>
        <source>stolen</source>
        <translation>被盜</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="34"/>
        <source>account anomaly</source>
        <translation>帳戶異常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="35"/>
        <source>eSIM to a new phone</source>
        <translation>eSIM 轉新手機</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="40"/>
        <source>Under review</source>
        <translation>轉交審批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="41"/>
        <source>Approve</source>
        <translation>批核</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="42"/>
        <source>Reject</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="43"/>
        <source>Card issued</source>
        <translation>已發卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="44"/>
        <source>Shipped</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="45"/>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="46"/>
        <source>Activated</source>
        <translation>已啟用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="47"/>
        <source>Cancel case</source>
        <translation>取消申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="48"/>
        <source>Verify</source>
        <translation>核實身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="49"/>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="50"/>
        <source>Submit</source>
        <translation>遞交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="72"/>
        <source>Go on with this case</source>
        <translation>繼續辦理此申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="79"/>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="81"/>
        <source>{n} h</source>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <location filename="../../desk/ui/case_texts.py" line="82"/>
        <source>{n} d</source>
        <translation>{n} 日</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="135"/>
        <source>Replacement case</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="136"/>
        <source>‹ &amp;Back   Esc</source>
        <translation>‹ 上一步(&amp;B)   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="158"/>
        <source>Line {number} · {carrier_and_product} · {card}</source>
        <translation>號碼 {number} · {carrier_and_product} · {card}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="182"/>
        <source>Close, keep the draft</source>
        <translation>關閉，保留草稿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="150"/>
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="164"/>
        <source>Line {number} (shown in full once identity is verified)</source>
        <translation>號碼 {number}（核實身份後顯示完整號碼）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="182"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="185"/>
        <source>&amp;Finish   Enter</source>
        <translation>完成(&amp;F)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="187"/>
        <source>&amp;Submit   Enter</source>
        <translation>遞交(&amp;S)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="189"/>
        <source>&amp;Next ›   Enter</source>
        <translation>下一步(&amp;N) ›   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/wizard.py" line="241"/>
        <source>This could not be done: {detail}</source>
        <translation>未能完成：{detail}</translation>
    </message>
</context>
<context>
    <name>CaseWords</name>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="17"/>
        <source>&amp;Lost</source>
        <translation>遺失(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="18"/>
        <source>&amp;Damaged</source>
        <translation>損壞(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="19"/>
        <source>S&amp;tolen</source>
        <translation>被盜(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="20"/>
        <source>Account &amp;anomaly</source>
        <translation>帳戶異常(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="21"/>
        <source>e&amp;SIM to a new device</source>
        <translation>e&amp;SIM 轉移至新裝置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="25"/>
        <source>Original ID document sighted, its number typed</source>
        <translation>已查閱證件正本並輸入號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="28"/>
        <source>The photo matches the person</source>
        <translation>相片與本人相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="29"/>
        <source>The name matches the registration</source>
        <translation>姓名與登記資料相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="30"/>
        <source>Service password or one-time code</source>
        <translation>服務密碼或一次性驗證碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="31"/>
        <source>Proof of purchase</source>
        <translation>購買證明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="32"/>
        <source>The original card holder</source>
        <translation>原卡卡托</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="33"/>
        <source>The proxy&apos;s own ID document</source>
        <translation>代辦人本人的身份證明文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="34"/>
        <source>Authorisation signed by the customer</source>
        <translation>客戶簽署的授權書</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="40"/>
        <source>not sighted</source>
        <translation>未有查閱正本</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="41"/>
        <source>the number is not valid</source>
        <translation>號碼無效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="42"/>
        <source>this number is not the customer&apos;s registered ID number</source>
        <translation>此號碼並非客戶登記的證件號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="45"/>
        <source>the document has expired</source>
        <translation>證件已過期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="46"/>
        <source>does not match</source>
        <translation>不相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="47"/>
        <source>wrong service password</source>
        <translation>服務密碼錯誤</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="48"/>
        <source>wrong code</source>
        <translation>驗證碼錯誤</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="49"/>
        <source>the code has expired</source>
        <translation>驗證碼已過期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="50"/>
        <source>too many wrong codes</source>
        <translation>驗證碼錯誤次數過多</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="51"/>
        <source>not provided</source>
        <translation>未有提供</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="52"/>
        <source>not signed</source>
        <translation>未有簽署</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="56"/>
        <source>Code accepted.</source>
        <translation>驗證碼正確。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="57"/>
        <source>Wrong code: ask the customer to read it out again.</source>
        <translation>驗證碼錯誤：請客戶再讀一次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="60"/>
        <source>Too many wrong codes: the check failed. Send a new code.</source>
        <translation>驗證碼錯誤次數過多：核對未通過。請重新發送驗證碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="63"/>
        <source>The code has expired: the check failed. Send a new code.</source>
        <translation>驗證碼已過期：核對未通過。請重新發送驗證碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="66"/>
        <source>This code was used already.</source>
        <translation>此驗證碼已使用過。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="67"/>
        <source>A code has 6 digits.</source>
        <translation>驗證碼為 6 位數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="71"/>
        <source>At the &amp;counter, now</source>
        <translation>門市即場領取(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/words.py" line="72"/>
        <source>By c&amp;ourier to an address (3–7 days)</source>
        <translation>速遞送到地址（3–7 日）(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="42"/>
        <source>Application number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="43"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="44"/>
        <source>Age</source>
        <translation>歷時</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="45"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="46"/>
        <source>Line</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_cases.py" line="47"/>
        <source>Carrier</source>
        <translation>電訊商</translation>
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
        <translation>（未遞交）</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="212"/>
        <source>Open cases</source>
        <translation>處理中的補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="213"/>
        <source>&amp;State:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="214"/>
        <source>C&amp;arrier:</source>
        <translation>電訊商(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="215"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="218"/>
        <source>↑/↓: choose a case · Enter: go on with a case not yet submitted, else the customer&apos;s card · Tab: the filters</source>
        <translation>↑/↓：選擇申請 · Enter：繼續辦理未提交的申請，否則開啟客戶資料卡 · Tab：篩選</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="237"/>
        <source>All open states</source>
        <translation>所有處理中狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="248"/>
        <source>All carriers</source>
        <translation>所有電訊商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="268"/>
        <source>The cases could not be read: {message}</source>
        <translation>未能讀取補卡申請：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="271"/>
        <source>Reading the cases …</source>
        <translation>正在讀取補卡申請…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="275"/>
        <source>No open case matches the filters.</source>
        <translation>沒有符合篩選條件的處理中申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="277"/>
        <source>No open cases.</source>
        <translation>沒有處理中的補卡申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="280"/>
        <source>{count} open</source>
        <translation>{count} 宗處理中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="342"/>
        <source>{number} — {state}</source>
        <translation>{number} — {state}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="360"/>
        <source>Why did the carrier reject the case?</source>
        <translation>電訊商為何拒絕此申請？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="366"/>
        <source>Why is the case cancelled?</source>
        <translation>為何取消此申請？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/cases.py" line="372"/>
        <source>The courier&apos;s tracking number:</source>
        <translation>速遞追蹤編號：</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="38"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="42"/>
        <source>Cash into the drawer (e.g. change from the safe):</source>
        <translation>現金放入錢櫃（例如從夾萬取出的找續零錢）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="44"/>
        <source>Cash out of the drawer (e.g. a bank drop):</source>
        <translation>現金從錢櫃取出（例如存入銀行）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="46"/>
        <source>What the cash is for</source>
        <translation>現金用途</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="60"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>請稍候：上一步仍在儲存。</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="137"/>
        <source>Checklist</source>
        <translation>核對清單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="142"/>
        <source>Check the customer against the registration. Type the ID number from the original document, then Enter. Each button: Tab to it, Enter or Space.</source>
        <translation>按登記資料核對客戶身份。輸入證件正本上的號碼，然後按 Enter。各按鈕：按 Tab 移至按鈕，再按 Enter 或空格鍵。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="153"/>
        <source>✓ Pass</source>
        <translation>✓ 通過</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="154"/>
        <source>✕ Fail</source>
        <translation>✕ 不通過</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="155"/>
        <source>✓ Password confirmed</source>
        <translation>✓ 密碼正確</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="156"/>
        <source>✕ Password wrong</source>
        <translation>✕ 密碼錯誤</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="157"/>
        <source>Send a one-time &amp;code</source>
        <translation>發送一次性驗證碼(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="158"/>
        <source>6 digits</source>
        <translation>6 位數字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="186"/>
        <source>Still to check: {items}</source>
        <translation>尚待核對：{items}</translation>
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
        <translation>所有核對項目均已通過。Enter：繼續選擇新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="198"/>
        <source>✓ matches the customer&apos;s record</source>
        <translation>✓ 與客戶紀錄相符</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="200"/>
        <source>✓ one-time code accepted</source>
        <translation>✓ 一次性驗證碼正確</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="201"/>
        <source>✓ passed</source>
        <translation>✓ 已通過</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="202"/>
        <source>✕ failed: {why}</source>
        <translation>✕ 未通過：{why}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/checklist_page.py" line="271"/>
        <source>Code sent to {contact}; it expires in {minutes} minutes.</source>
        <translation>驗證碼已發送至 {contact}，{minutes} 分鐘內有效。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="91"/>
        <source>Close business day {day}: nothing of it can change afterwards.</source>
        <translation>結束營業日 {day}：結束後該日的任何記錄都不能再更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="94"/>
        <source>Expected {e}, counted {c}, difference {d}.</source>
        <translation>應有 {e}，點算 {c}，差額 {d}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="99"/>
        <source>The difference is above the limit: give a reason.</source>
        <translation>差額超出上限：請填寫原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="102"/>
        <source>Why the drawer is over or short</source>
        <translation>錢櫃長款或短款的原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="102"/>
        <source>(optional)</source>
        <translation>（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day_dialogs.py" line="115"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>請稍候：上一步仍在儲存。</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="120"/>
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="121"/>
        <source>Replacement cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="122"/>
        <source>Esc: back to the results · F2: new search</source>
        <translation>Esc：返回搜尋結果 · F2：重新搜尋</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="124"/>
        <source>New replacement case for this line   {key}</source>
        <translation>為此號碼建立補卡申請   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="130"/>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="131"/>
        <source>Carrier / Product</source>
        <translation>電訊商 / 產品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="132"/>
        <source>Card</source>
        <translation>卡類別</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="133"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="138"/>
        <source>Application number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="139"/>
        <source>Opened</source>
        <translation>開立時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="140"/>
        <source>Line · Reason</source>
        <translation>號碼 · 原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="141"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="300"/>
        <source>SIM change lock</source>
        <translation>換卡鎖定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="156"/>
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="159"/>
        <source>No ID document on record.</source>
        <translation>未有登記身份證明文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="191"/>
        <source>(not submitted)</source>
        <translation>（未遞交）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="216"/>
        <source>{number} (one of the lines)</source>
        <translation>{number}（其中一個號碼）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="221"/>
        <source>Registered contact: {contact}</source>
        <translation>登記聯絡方法：{contact}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="223"/>
        <source>No registered contact.</source>
        <translation>未有登記聯絡方法。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="175"/>
        <source>No replacement cases for this customer yet.</source>
        <translation>此客戶暫時未有補卡申請。</translation>
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
        <translation>證件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="86"/>
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="107"/>
        <location filename="../../desk/ui/pages/customer_card.py" line="231"/>
        <source>Found by {how}</source>
        <translation>以{how}找到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="234"/>
        <source>Found by {how}: {line}</source>
        <translation>以{how}找到：{line}</translation>
    </message>
</context>
<context>
    <name>DayPage</name>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="173"/>
        <source>No business day is open at this counter</source>
        <translation>此櫃台沒有開啟中的營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="179"/>
        <source>Business day {day}</source>
        <translation>營業日 {day}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="188"/>
        <source>Float: {m}</source>
        <translation>備用金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="189"/>
        <source>Cash taken: {m}</source>
        <translation>收取現金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="190"/>
        <source>Cash voided or refunded: {m}</source>
        <translation>作廢或退回現金：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="191"/>
        <source>Cash in: {m}</source>
        <translation>現金存入：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="192"/>
        <source>Cash out: {m}</source>
        <translation>現金取出：{m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="200"/>
        <source>Cases carried over to the next day: {n}</source>
        <translation>轉入下一營業日的補卡申請：{n}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="204"/>
        <source>(not submitted)</source>
        <translation>（未提交）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="236"/>
        <source>Count the drawer</source>
        <translation>請點算錢櫃</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="242"/>
        <source>Exact</source>
        <translation>無差額</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="244"/>
        <source>Over by {m}</source>
        <translation>長款 {m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="246"/>
        <source>Short by {m}</source>
        <translation>短款 {m}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="279"/>
        <source>Count the drawer first.</source>
        <translation>請先點算錢櫃。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="304"/>
        <source>Business day {day} is closed. Z report and exports: {folder}</source>
        <translation>營業日 {day} 已日結。日結報表及匯出檔案：{folder}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="321"/>
        <source>Backup written: {path}</source>
        <translation>已備份：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="330"/>
        <source>Z report</source>
        <translation>日結報表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="350"/>
        <source>Open the business day</source>
        <translation>開始營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="351"/>
        <source>&amp;Float in the drawer</source>
        <translation>錢櫃備用金(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="352"/>
        <source>Open the day   Enter</source>
        <translation>開始營業   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="353"/>
        <source>The drawer should hold</source>
        <translation>錢櫃應有</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="354"/>
        <source>Counted &amp;total</source>
        <translation>點算總額(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="355"/>
        <source>Cash in…</source>
        <translation>現金存入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="356"/>
        <source>Cash out…</source>
        <translation>現金取出…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="357"/>
        <source>Close the day…</source>
        <translation>日結…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>Note or coin</source>
        <translation>紙幣或硬幣</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>How many</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/day.py" line="359"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <location filename="../../desk/ui/outbox.py" line="105"/>
        <source>Demo store, not sent — notice to {to}: {body}</source>
        <translation>示範分店，未有發送 — 給 {to} 的通知：{body}</translation>
    </message>
    <message>
        <location filename="../../desk/launch.py" line="51"/>
        <source>The store cannot be opened:
{detail}</source>
        <translation>無法開啟分店：
{detail}</translation>
    </message>
</context>
<context>
    <name>FeeOverrideDialog</name>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="52"/>
        <source>Charge for each line (0: waived):</source>
        <translation>每項收費金額（0：豁免）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="69"/>
        <source>Type the amount to charge: it is the schedule&apos;s now.</source>
        <translation>請輸入要收取的金額：現在仍是收費表的金額。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="71"/>
        <source>A supervisor may lower a fee, never raise it.</source>
        <translation>主管只可降低費用，不可提高。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/fee_override.py" line="75"/>
        <source>Wait a moment: the last step is still being saved.</source>
        <translation>請稍候：上一步仍在儲存。</translation>
    </message>
</context>
<context>
    <name>FirstPinDialog</name>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="65"/>
        <source>Set a first PIN</source>
        <translation>設定首個 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="82"/>
        <source>A supervisor approves with their own PIN; then the new staff member types the PIN they chose, twice.</source>
        <translation>先由主管輸入自己的 PIN 批准；然後新職員輸入自選的 PIN 兩次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="88"/>
        <source>New staff</source>
        <translation>新職員</translation>
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
        <translation>再輸入新 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="98"/>
        <source>Set PIN</source>
        <translation>設定 PIN</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="108"/>
        <source>No supervisor can log in here to approve it: ask head office.</source>
        <translation>此處沒有可登入的主管批准：請聯絡總部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/first_pin.py" line="128"/>
        <source>The two new PINs differ: type them again.</source>
        <translation>兩次輸入的新 PIN 不同：請重新輸入。</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="42"/>
        <source>Handover</source>
        <translation>交收方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="45"/>
        <source>How does the customer get the new card? (↑/↓, Enter)</source>
        <translation>客戶如何取得新卡？（↑/↓，Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/handover_page.py" line="48"/>
        <source>Delivery address, with a contact number</source>
        <translation>送貨地址及聯絡電話</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="18"/>
        <source>HKID</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="19"/>
        <source>Mainland ID</source>
        <translation>內地居民身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="20"/>
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="21"/>
        <source>Passport MRZ</source>
        <translation>護照機讀區</translation>
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
        <translation>電話號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="26"/>
        <source>Activation code</source>
        <translation>啟用碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="41"/>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="42"/>
        <source>mainland China</source>
        <translation>內地</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="43"/>
        <source>Macau</source>
        <translation>澳門</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="44"/>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="45"/>
        <source>US</source>
        <translation>美國</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="50"/>
        <source>Please enter the {name}.</source>
        <translation>請輸入{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="51"/>
        <source>An HKID has 1–2 letters and 6 digits, then a check character.</source>
        <translation>香港身份證號碼由 1 至 2 個英文字母及 6 位數字組成，最後是檢查碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="54"/>
        <source>This HKID should have {min} characters, not {found}.</source>
        <translation>此香港身份證號碼應有 {min} 個字元，而非 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="57"/>
        <location filename="../../desk/ui/identifier_messages.py" line="121"/>
        <location filename="../../desk/ui/identifier_messages.py" line="134"/>
        <source>Check digit should be {expected}, not {found}.</source>
        <translation>檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="60"/>
        <source>A mainland ID has 17 digits, then a digit or X.</source>
        <translation>內地居民身份證號碼由 17 位數字組成，最後一位是數字或 X。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="63"/>
        <source>A mainland ID has 18 characters, not {found}.</source>
        <translation>內地居民身份證號碼應有 18 位，而非 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="66"/>
        <source>Check character should be {expected}, not {found}.</source>
        <translation>檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="69"/>
        <source>The birth date {date} does not exist.</source>
        <translation>出生日期 {date} 並不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="72"/>
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 是未來的日子。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="75"/>
        <source>A passport number has only letters and digits.</source>
        <translation>護照號碼只可包含英文字母及數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="78"/>
        <source>A passport number has 5 to 9 letters and digits, not {found}.</source>
        <translation>護照號碼應有 5 至 9 個英文字母或數字，而非 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="81"/>
        <source>MRZ line {line} may hold only A–Z, 0–9 and &lt;.</source>
        <translation>機讀區第 {line} 行只可包含 A–Z、0–9 及 &lt;。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="84"/>
        <source>The sex in the MRZ should be M, F or &lt;, not {found}.</source>
        <translation>機讀區的性別應為 M、F 或 &lt;，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="87"/>
        <source>MRZ line {line} should have 44 characters, not {found}.</source>
        <translation>機讀區第 {line} 行應有 44 個字元，而非 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="90"/>
        <source>Only passport MRZs (2 lines of 44 characters) can be read.</source>
        <translation>只能讀取護照的機讀區（2 行，每行 44 個字元）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="93"/>
        <source>Check digit of the passport number should be {expected}, not {found}.</source>
        <translation>護照號碼的檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="96"/>
        <source>Check digit of the date of birth should be {expected}, not {found}.</source>
        <translation>出生日期的檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="99"/>
        <source>Check digit of the expiry date should be {expected}, not {found}.</source>
        <translation>屆滿日期的檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="102"/>
        <source>Check digit of the personal number should be {expected}, not {found}.</source>
        <translation>個人號碼的檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="105"/>
        <source>The last check digit of line 2 should be {expected}, not {found}.</source>
        <translation>第 2 行最後的檢查碼應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="108"/>
        <source>The date of birth {date} does not exist.</source>
        <translation>出生日期 {date} 並不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="111"/>
        <source>The expiry date {date} does not exist.</source>
        <translation>屆滿日期 {date} 並不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="114"/>
        <source>An ICCID has only digits.</source>
        <translation>ICCID 只可包含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="115"/>
        <source>An ICCID starts with {prefix}.</source>
        <translation>ICCID 應以 {prefix} 開頭。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="118"/>
        <source>An ICCID has 19 or 20 digits, not {found}.</source>
        <translation>ICCID 應有 19 或 20 位數字，而非 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="124"/>
        <source>An EID has only digits.</source>
        <translation>EID 只可包含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="125"/>
        <source>An EID starts with {prefix}.</source>
        <translation>EID 應以 {prefix} 開頭。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="128"/>
        <source>An EID has 32 digits, not {found}.</source>
        <translation>EID 應有 32 位數字，而非 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="129"/>
        <source>The last two digits should be {expected}, not {found}.</source>
        <translation>最後兩位應為 {expected}，而非 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="132"/>
        <source>An IMEI has only digits.</source>
        <translation>IMEI 只可包含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="133"/>
        <source>An IMEI has 15 digits, not {found}.</source>
        <translation>IMEI 應有 15 位數字，而非 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="137"/>
        <source>This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).</source>
        <translation>這是 16 位的 IMEISV，請輸入 15 位的 IMEI（撥 *#06# 可查看）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="141"/>
        <source>A phone number has only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>電話號碼只可包含數字、空格、連字號、括號及開頭的 +。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="145"/>
        <source>Too short for a {region} phone number.</source>
        <translation>號碼太短，不是有效的{region}電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="148"/>
        <source>Too long for a {region} phone number.</source>
        <translation>號碼太長，不是有效的{region}電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="151"/>
        <source>This is not a valid {region} phone number.</source>
        <translation>這不是有效的{region}電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="154"/>
        <source>+{country_code} is not a country calling code.</source>
        <translation>+{country_code} 不是有效的國家或地區電話區號。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="157"/>
        <source>An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID.</source>
        <translation>啟用碼的格式應為 LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="160"/>
        <source>The SM-DP+ address {found} is not a domain name.</source>
        <translation>SM-DP+ 地址 {found} 不是網域名稱。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="163"/>
        <source>The matching ID may hold only letters, digits and -.</source>
        <translation>Matching ID 只可包含英文字母、數字及 -。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="166"/>
        <source>The SM-DP+ OID {found} should be digits and dots.</source>
        <translation>SM-DP+ OID {found} 應只由數字及點組成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="169"/>
        <source>The last part can only be 1 (confirmation code required).</source>
        <translation>最後一段只可以是 1（需要確認碼）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="172"/>
        <source>Only activation code format 1 exists, not {found}.</source>
        <translation>啟用碼只有格式 1，並無格式 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="175"/>
        <source>This is not a valid {name}.</source>
        <translation>這不是有效的{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="179"/>
        <source>This number is not valid: check every digit.</source>
        <translation>此號碼無效：請逐位核對。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="184"/>
        <source>This ICCID has {found} digits and is not valid: a digit may be missing (most ICCIDs have 20).</source>
        <translation>此 ICCID 有 {found} 位且無效：可能漏了一位（ICCID 多為 20 位）。</translation>
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
        <translation>{name}：檢查結果</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desk/ui/login.py" line="124"/>
        <source>Desk — log in</source>
        <translation>補卡櫃枱 — 登入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="125"/>
        <source>Desk 补卡柜台</source>
        <translation>補卡櫃枱 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="127"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="128"/>
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="129"/>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="130"/>
        <source>New staff: set a first PIN…</source>
        <translation>新職員：設定首個 PIN…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="131"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="136"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="205"/>
        <source>{name} can log in now with the new PIN.</source>
        <translation>{name} 現在可用新 PIN 登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="215"/>
        <source>No staff can log in here yet.</source>
        <translation>本店暫時未有可登入的職員。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="229"/>
        <source>The PIN could not be checked: {detail}</source>
        <translation>未能核對 PIN：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/app.py" line="236"/>
        <source>The key that protects ID numbers cannot be read, so customers cannot be looked up. Restore desk.key from this store&apos;s backup, or ask head office.

{detail}</source>
        <translation>無法讀取保護證件號碼的密鑰，因此未能搜尋客戶。請從本店的備份還原 desk.key，或聯絡總部。

{detail}</translation>
    </message>
</context>
<context>
    <name>LookupNeeds</name>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="193"/>
        <source>Type at least 4 digits of a phone number.</source>
        <translation>電話號碼請最少輸入 4 位數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="194"/>
        <source>Type at least 2 letters of a name, or a whole ID number.</source>
        <translation>姓名請最少輸入 2 個字母，或輸入完整證件號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="197"/>
        <source>No phone number has these digits. For an ICCID or EID, type at least its last 6 digits.</source>
        <translation>沒有電話號碼含這些數字。ICCID 或 EID 請最少輸入最後 6 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="201"/>
        <source>Type the whole ID number: an HKID has 1 or 2 letters, 6 digits and a check character.</source>
        <translation>請輸入完整證件號碼：香港身份證為 1 或 2 個字母、6 位數字及檢查碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="205"/>
        <source>Type the whole number: a mainland ID has 18 characters, an ICCID 19 or 20 digits.</source>
        <translation>請輸入完整號碼：內地身份證為 18 位，ICCID 為 19 或 20 位。</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="115"/>
        <source>Phone, name, ID number, ICCID or EID — F2 to come back here</source>
        <translation>電話、姓名、證件號碼、ICCID 或 EID — 按 F2 返回此處</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="198"/>
        <source>The search failed: {message}</source>
        <translation>搜尋失敗：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="203"/>
        <source>Type to find a customer.</source>
        <translation>輸入資料以搜尋客戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="208"/>
        <source>No customer matches.</source>
        <translation>找不到相符的客戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="211"/>
        <source>Matching customers: {total} (showing the first {shown}).</source>
        <translation>找到 {total} 位客戶（顯示首 {shown} 位）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="216"/>
        <source>Matching customers: {total}.</source>
        <translation>找到 {total} 位客戶。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="148"/>
        <source>Desk 补卡柜台 — {store}</source>
        <translation>補卡櫃枱 — {store}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="150"/>
        <source>Lookup</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="151"/>
        <source>Cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="152"/>
        <source>Stock</source>
        <translation>存貨</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="153"/>
        <source>Day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="154"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="155"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="159"/>
        <location filename="../../desk/ui/main_window.py" line="244"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="165"/>
        <source>Store: {code} {name}</source>
        <translation>分店：{code} {name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="170"/>
        <source>Staff: {name} ({role})</source>
        <translation>職員：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="176"/>
        <source>Business day: {day}</source>
        <translation>營業日：{day}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="178"/>
        <source>Business day: not open</source>
        <translation>營業日：未開啟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="185"/>
        <source>Sync: not connected to head office</source>
        <translation>同步：未連接總部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="243"/>
        <source>{reason}

Log out anyway?</source>
        <translation>{reason}

仍然登出？</translation>
    </message>
</context>
<context>
    <name>NoticeProblemsBox</name>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="113"/>
        <source>An e-mail interrupted while the server was taking it may have been sent: ask the customer, then send it again or record that they have it. A refused notice cannot be sent: check the customer&apos;s registered contact.</source>
        <translation>伺服器接收期間中斷的電郵可能已經發出：請先詢問客戶，再重新發送或記錄客戶已收到。被拒絕的通知無法發送：請核對客戶登記的聯絡方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="118"/>
        <source>Send again</source>
        <translation>重新發送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="119"/>
        <source>The customer has it</source>
        <translation>客戶已收到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="124"/>
        <source>Notices that need a person: reading …</source>
        <translation>需要人手處理的通知：讀取中…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="126"/>
        <source>No notice needs a person.</source>
        <translation>沒有需要人手處理的通知。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="129"/>
        <source>Notices that need a person: {count}</source>
        <translation>需要人手處理的通知：{count}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="164"/>
        <source>The notices could not be read: {message}</source>
        <translation>無法讀取通知：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_problems.py" line="193"/>
        <source>This could not be done: {detail}</source>
        <translation>無法完成：{detail}</translation>
    </message>
</context>
<context>
    <name>NoticeProblemsModel</name>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="27"/>
        <source>one-time code</source>
        <translation>一次性驗證碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="28"/>
        <source>case submitted</source>
        <translation>申請已提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="29"/>
        <source>card activated</source>
        <translation>新卡已啟用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="32"/>
        <source>SMS</source>
        <translation>短訊</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="33"/>
        <source>e-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="34"/>
        <source>demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="38"/>
        <source>? maybe sent</source>
        <translation>? 可能已發出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="39"/>
        <source>✕ refused</source>
        <translation>✕ 被拒絕</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="50"/>
        <source>Queued</source>
        <translation>排隊時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="51"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="52"/>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="53"/>
        <source>To</source>
        <translation>發送至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="54"/>
        <source>Case</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models_notices.py" line="55"/>
        <source>Last error</source>
        <translation>最近錯誤</translation>
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
        <translation>請更正：{fields}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="129"/>
        <source>Saved. Checking the outbox…</source>
        <translation>已儲存，正在檢查寄件匣…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="137"/>
        <source>SMS</source>
        <translation>短訊</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="138"/>
        <source>e-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="139"/>
        <source>demo</source>
        <translation>示範</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="142"/>
        <source>no SMS gateway configured</source>
        <translation>未設定短訊網關</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="143"/>
        <source>no e-mail server configured</source>
        <translation>未設定電郵伺服器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="149"/>
        <source>{count} {channel} waiting: {why}</source>
        <translation>{count} 則{channel}待發送：{why}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="154"/>
        <source>{count} {channel} waiting to be retried ({error})</source>
        <translation>{count} 則{channel}等候重試（{error}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="159"/>
        <source>{count} {channel} being sent</source>
        <translation>{count} 則{channel}正在發送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="162"/>
        <source>{count} interrupted e-mails need a decision</source>
        <translation>{count} 封發送中斷的電郵待處理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="165"/>
        <source>{count} refused by the server</source>
        <translation>{count} 則被伺服器拒絕</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="166"/>
        <source>Notices: </source>
        <translation>通知：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="167"/>
        <source>nothing waiting</source>
        <translation>沒有待發送的通知</translation>
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
        <translation>客戶通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="173"/>
        <source>E-mail server (SMTP):</source>
        <translation>電郵伺服器（SMTP）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="174"/>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="175"/>
        <source>Encrypt (STARTTLS):</source>
        <translation>加密（STARTTLS）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="176"/>
        <source>Login:</source>
        <translation>登入名稱：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="177"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="178"/>
        <source>Sender address:</source>
        <translation>寄件人地址：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="179"/>
        <source>SMS gateway URL:</source>
        <translation>短訊網關網址：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="180"/>
        <source>SMS gateway token:</source>
        <translation>短訊網關令牌：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="181"/>
        <source>Wait for an answer (seconds):</source>
        <translation>等候回應（秒）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="185"/>
        <source>empty: no e-mail notices</source>
        <translation>留空：不發送電郵通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="186"/>
        <source>empty: no SMS notices</source>
        <translation>留空：不發送短訊通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/notice_settings.py" line="187"/>
        <source>Save notice settings</source>
        <translation>儲存通知設定</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../desk/ui/wizard/paper.py" line="51"/>
        <source>Receipt {number}</source>
        <translation>收據 {number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/paper.py" line="55"/>
        <source>Application form {number}</source>
        <translation>申請表 {number}</translation>
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
        <translation>服務：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="165"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="166"/>
        <source>Emergency (same day)</source>
        <translation>緊急（即日）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="167"/>
        <source>Fee</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="167"/>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="169"/>
        <source>Received / change</source>
        <translation>收款 / 找續</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="172"/>
        <source>&amp;Waive or change the fee…   {key}</source>
        <translation>豁免或更改費用(&amp;W)…   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="174"/>
        <source>Pa&amp;id by</source>
        <translation>付款方式(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="175"/>
        <source>A&amp;mount</source>
        <translation>金額(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="176"/>
        <source>Enter: exactly what is due</source>
        <translation>Enter：按應付金額</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="177"/>
        <source>Reference (optional)</source>
        <translation>參考編號（可選）</translation>
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
        <translation>收據(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="223"/>
        <source>{amount} (was {scheduled})</source>
        <translation>{amount}（原價 {scheduled}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="230"/>
        <source>Total {amount}</source>
        <translation>合計 {amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="266"/>
        <source>Still due: {amount}</source>
        <translation>尚欠：{amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="269"/>
        <source>Paid in full. Change to give: {amount}</source>
        <translation>已全數付清。應找續：{amount}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="272"/>
        <source>Paid in full.</source>
        <translation>已全數付清。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="274"/>
        <source>Receipt {number}</source>
        <translation>收據 {number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/payment_page.py" line="395"/>
        <source>Take the payment first.</source>
        <translation>請先收款。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="14"/>
        <source>Cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="15"/>
        <source>The queue of open replacement cases will be here: draft, verified, paid, submitted, under review, approved, card issued, shipped, activated.</source>
        <translation>處理中的補卡申請將在此列出：草稿、已核實身份、已付款、已遞交、審批中、已批核、已發卡、已寄出、已啟用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="22"/>
        <source>Stock</source>
        <translation>存貨</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="23"/>
        <source>Receiving blank SIMs, stock movements and stock counts will be here.</source>
        <translation>空白 SIM 卡入貨、存貨變動及盤點將在此處理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="29"/>
        <source>Day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="30"/>
        <source>The business day will be here: opening float, cash in and out, day close with the Z report and the export files.</source>
        <translation>營業日的工作將在此處理：開店備用金、現金存入及提取、日結（日結報表及匯出檔案）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="37"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="38"/>
        <source>Synchronisation with head office will be here. This store is not connected to head office yet.</source>
        <translation>與總部同步的工作將在此處理。本店暫時未連接總部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="63"/>
        <source>This part of Desk is not available in this version yet.</source>
        <translation>此版本暫未提供這部分功能。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="113"/>
        <source>&amp;Print   Enter</source>
        <translation>列印(&amp;P)   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="114"/>
        <source>&amp;Save as PDF   Ctrl+S</source>
        <translation>另存為 PDF(&amp;S)   Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="115"/>
        <source>Close   Esc</source>
        <translation>關閉   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="144"/>
        <source>The printer could not be started: nothing printed.</source>
        <translation>無法開始列印：沒有列印任何內容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="147"/>
        <source>Save as PDF</source>
        <translation>另存為 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="157"/>
        <source>The file could not be saved: {detail}</source>
        <translation>無法儲存檔案：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_preview.py" line="160"/>
        <source>Saved: {path}</source>
        <translation>已儲存：{path}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desk/ui/i18n.py" line="30"/>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="31"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="32"/>
        <source>Drive</source>
        <translation>磁碟機</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="33"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="34"/>
        <source>%1 File</source>
        <translation>%1 檔案</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desk/ui/i18n.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>尋找於(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/i18n.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>檔案類型(&amp;T)：</translation>
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
        <translation>客戶為何需要新卡？（↑/↓，Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="55"/>
        <source>&amp;Proxy: someone acts for the customer (代办)</source>
        <translation>代辦：由他人代客戶辦理(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="65"/>
        <source>This line&apos;s case is open with the reason “{reason}”. To change the reason, cancel that case on the Cases page.</source>
        <translation>此號碼已有處理中的申請，原因為「{reason}」。如需更改原因，請在「補卡申請」頁面取消該申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="70"/>
        <source>Enter reports the card lost: the line is suspended at once, even if the customer leaves before the new card.</source>
        <translation>按 Enter 即報失此卡：號碼會即時暫停，即使客戶在取得新卡前離開亦然。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/reason_page.py" line="74"/>
        <source>Enter opens the case.</source>
        <translation>按 Enter 開立申請。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="50"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="52"/>
        <source>The language is used at once and remembered on this computer.</source>
        <translation>所選語言即時生效，並會記錄在這部電腦上。</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="60"/>
        <source>Submit</source>
        <translation>遞交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="63"/>
        <source>Supervisor &amp;approval   {key}</source>
        <translation>店長批核(&amp;A)   {key}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="64"/>
        <source>Application &amp;form…</source>
        <translation>申請表(&amp;F)…</translation>
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
        <translation>尚未選擇</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="98"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="99"/>
        <source>Card kind</source>
        <translation>卡類別</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>verified</source>
        <translation>已核實</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="100"/>
        <source>not verified</source>
        <translation>未核實</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="101"/>
        <source>New card</source>
        <translation>新卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="102"/>
        <source>Handover</source>
        <translation>交收方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="103"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="115"/>
        <source>Before this case can be submitted:</source>
        <translation>遞交此申請前須處理：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="119"/>
        <source>A supervisor approves at this counter: {key}.</source>
        <translation>店長可在此櫃枱批核：{key}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/submit_page.py" line="129"/>
        <source>Submitted. Application number: {number}</source>
        <translation>已遞交。申請編號：{number}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="77"/>
        <source>Supervisor approval</source>
        <translation>店長批核</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;Supervisor</source>
        <translation>店長(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;PIN</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="80"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="88"/>
        <source>Approve   Enter</source>
        <translation>批核   Enter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="90"/>
        <source>Cancel   Esc</source>
        <translation>取消   Esc</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="91"/>
        <source>Why the supervisor agrees</source>
        <translation>店長同意的理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="95"/>
        <source>No supervisor works at this store.</source>
        <translation>本店沒有店長。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/wizard/supervisor.py" line="98"/>
        <source>A supervisor&apos;s approval needs a reason.</source>
        <translation>店長批核須註明原因。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="56"/>
        <source>Day close (over/short)</source>
        <translation>日結（長短款）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="57"/>
        <source>Cases opened</source>
        <translation>開立的申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="58"/>
        <source>Case steps</source>
        <translation>申請步驟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="59"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="60"/>
        <source>Fee lines</source>
        <translation>費用項目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="61"/>
        <source>Tenders</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="62"/>
        <source>Cash in and out</source>
        <translation>存入與取出現金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="63"/>
        <source>Stock movements</source>
        <translation>存貨變動</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="163"/>
        <source>Syncing with head office…</source>
        <translation>正在與總部同步…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="189"/>
        <source>just now</source>
        <translation>剛剛</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="191"/>
        <source>{n} min ago</source>
        <translation>{n} 分鐘前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="193"/>
        <source>{n} h ago</source>
        <translation>{n} 小時前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="194"/>
        <source>{n} days ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="202"/>
        <source>Reading…</source>
        <translation>讀取中…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="211"/>
        <source>Not enrolled with head office: ask head office for an enrolment token, then run desk enroll</source>
        <translation>尚未在總部登記：請向總部索取登記碼，然後執行 desk enroll</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="216"/>
        <source>Never synced</source>
        <translation>從未同步</translation>
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
        <translation>暫無</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="231"/>
        <source>{n} rows waiting to be sent to head office</source>
        <translation>{n} 項記錄等待傳送到總部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="233"/>
        <source>Nothing waiting</source>
        <translation>沒有等待傳送的記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="237"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="245"/>
        <source>This PC&apos;s clock is {n} min ahead of head office&apos;s: set it right.</source>
        <translation>這部電腦的時鐘比總部快 {n} 分鐘：請校正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="247"/>
        <source>This PC&apos;s clock is {n} min behind head office&apos;s: set it right.</source>
        <translation>這部電腦的時鐘比總部慢 {n} 分鐘：請校正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="255"/>
        <source>Not planned</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="255"/>
        <source>At the set time</source>
        <translation>在設定的時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="257"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="259"/>
        <source>nightly</source>
        <translation>每晚</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="260"/>
        <source>to catch up</source>
        <translation>補同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="261"/>
        <source>during the day</source>
        <translation>日間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="263"/>
        <source>{when} ({why})</source>
        <translation>{when}（{why}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="287"/>
        <source>Head office&apos;s view of this store after the last good sync</source>
        <translation>上次成功同步後總部所見的本分店資料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="289"/>
        <source>Head office&apos;s view of this store: none yet (it comes with a good sync)</source>
        <translation>總部所見的本分店資料：暫無（成功同步後顯示）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="294"/>
        <source>The sync did not run.</source>
        <translation>同步沒有執行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="297"/>
        <source>The sync failed: {error}</source>
        <translation>同步失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="298"/>
        <source>no reason given</source>
        <translation>未說明原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="302"/>
        <source>Synced: {n} rows sent in {s:.1f} s.</source>
        <translation>已同步：{s:.1f} 秒內傳送了 {n} 項記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="309"/>
        <source>Customer and line records from head office: {added} new, {changed} changed.</source>
        <translation>來自總部的客戶與號碼記錄：新增 {added} 條，更新 {changed} 條。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="313"/>
        <source>{n} records from head office could not be placed in this store (their carrier or product is unknown here, or another line holds their number or card).</source>
        <translation>來自總部的 {n} 條記錄無法放入本分店（本分店沒有其電訊商或產品，或其號碼或卡已屬於另一號碼）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="321"/>
        <source>Head office&apos;s totals differed for {days}: those days were sent again.</source>
        <translation>總部的合計在 {days} 不一致：這些日子已重新傳送。</translation>
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
        <translation>同步：尚未登記</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="338"/>
        <source>Sync: never synced</source>
        <translation>同步：從未同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="341"/>
        <source>No good sync for {n} days: call head office</source>
        <translation>已 {n} 天沒有成功同步：請致電總部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="345"/>
        <source>Sync: last good {when}</source>
        <translation>同步：上次成功 {when}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="348"/>
        <source>Sync with head office</source>
        <translation>與總部同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="349"/>
        <source>Last good sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="350"/>
        <source>Last attempt:</source>
        <translation>上次嘗試：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="351"/>
        <source>Waiting:</source>
        <translation>等待傳送：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="352"/>
        <source>Next sync:</source>
        <translation>下次同步：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="353"/>
        <source>Last error:</source>
        <translation>上次錯誤：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="354"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Business day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/sync.py" line="356"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desk/ui/texts.py" line="21"/>
        <source>clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="22"/>
        <source>supervisor</source>
        <translation>店長</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="23"/>
        <source>administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="24"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="25"/>
        <source>suspended</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="26"/>
        <source>terminated</source>
        <translation>已終止</translation>
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
        <translation>香港身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="30"/>
        <source>Mainland ID</source>
        <translation>內地居民身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="31"/>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="32"/>
        <source>Other ID</source>
        <translation>其他身份證明文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="36"/>
        <source>application number</source>
        <translation>申請編號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="37"/>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="38"/>
        <source>phone number</source>
        <translation>電話號碼</translation>
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
        <translation>{name} 的 PIN 不正確。再錯 {left} 次便會被鎖定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="49"/>
        <source>Too many wrong PINs for {name}: locked for {minutes} min. Try again after that.</source>
        <translation>{name} 輸錯 PIN 次數過多，已鎖定 {minutes} 分鐘，請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="53"/>
        <source>The PIN was not checked, because the attempt could not be recorded: {detail}</source>
        <translation>未有核對 PIN，因為未能記錄這次嘗試：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="57"/>
        <source>The store&apos;s key cannot be read, so PINs and ID numbers cannot be checked. Restore desk.key from this store&apos;s backup, or ask head office. ({detail})</source>
        <translation>未能讀取本店的密鑰，因此無法核對 PIN 及證件號碼。請從本店備份還原 desk.key，或聯絡總部。（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="62"/>
        <source>The PIN could not be checked: {detail}. Try again; if it happens again, tell your support.</source>
        <translation>未能核對 PIN：{detail}。請再試；如再次出現，請聯絡技術支援。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="67"/>
        <source>A PIN is {min} to {max} digits.</source>
        <translation>密碼為 {min} 至 {max} 位數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="68"/>
        <source>{name} has no PIN yet: a supervisor sets a first one on the login window.</source>
        <translation>{name} 尚未有 PIN：請主管在登入畫面為其設定首個 PIN。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="71"/>
        <source>{name} has a PIN already: only a first PIN is set here.</source>
        <translation>{name} 已有 PIN：此處只可設定首個 PIN。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="74"/>
        <source>Desk is already using this store ({holder}). Close that Desk first (log out and quit), then start it again.</source>
        <translation>Desk 正在使用此分店（{holder}）。請先關閉該 Desk（登出並離開），然後再開啟。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="79"/>
        <source>This staff member cannot log in here.</source>
        <translation>此職員不能在本店登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="80"/>
        <source>This customer is no longer in this store&apos;s records.</source>
        <translation>本店的紀錄中已沒有此客戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="84"/>
        <source>This case is not in this store&apos;s records.</source>
        <translation>本店的紀錄中沒有此申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="85"/>
        <source>This line is not in this store&apos;s records.</source>
        <translation>本店的紀錄中沒有此號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="86"/>
        <source>This line has been terminated: no new card.</source>
        <translation>此號碼已終止，不能補卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="87"/>
        <source>The customer has locked SIM changes on this line. A supervisor can lift the lock after a full verification.</source>
        <translation>客戶已為此號碼設定換卡鎖定。完成所有身份核實後，店長可解除鎖定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="92"/>
        <source>This line already has an open case. Continue or cancel that one.</source>
        <translation>此號碼已有處理中的申請，請繼續處理或取消該申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="95"/>
        <source>A lost or stolen card is reported lost first: suspend the line.</source>
        <translation>遺失或被盜的卡須先報失：請暫停此號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="98"/>
        <source>Identity checks failed {max_failures} times or more in {window_hours} hours: replacements on this line are locked until a supervisor clears the lock.</source>
        <translation>{window_hours} 小時內身份核實失敗 {max_failures} 次或以上：此號碼的補卡已被鎖定，須由店長解除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="103"/>
        <source>This line&apos;s card was replaced less than {cooling_days} days ago: a supervisor must approve another replacement, with a reason.</source>
        <translation>此號碼在 {cooling_days} 日內已補過卡：再次補卡須由店長批核並註明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="108"/>
        <source>Someone acting for the customer (a proxy) needs a supervisor.</source>
        <translation>由他人代客戶辦理（代辦）須經店長批核。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="111"/>
        <source>Moving an eSIM without the old phone at the counter needs a supervisor.</source>
        <translation>舊手機不在櫃枱時轉移 eSIM，須經店長批核。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="114"/>
        <source>This line already has an open case at store {store}, counter {counter}. It must be finished or cancelled there first.</source>
        <translation>此號碼已在分店 {store} 第 {counter} 號櫃枱有未完成的申請，須先在那裡完成或取消。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="119"/>
        <source>Head office could not be asked whether this line or this ID has open cases, recent replacements or failed identity checks at other stores or counters: a supervisor must approve this case, with a reason.</source>
        <translation>無法向總部查詢此號碼或此證件在其他分店或櫃位是否有未完成的申請、近期補卡或身份核實失敗：此申請須由店長批准並說明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="125"/>
        <source>Only a supervisor may do this.</source>
        <translation>只有店長可以執行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="126"/>
        <source>Complete every identity check before lifting the SIM-change lock.</source>
        <translation>解除換卡鎖定前，請完成所有身份核實。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="129"/>
        <source>Say why: a reason is needed.</source>
        <translation>請說明原因：原因不可留空。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="130"/>
        <source>This cannot be approved; it must be cleared.</source>
        <translation>此項不能批核，必須解除。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="131"/>
        <source>This case&apos;s checks are done; nothing more to check.</source>
        <translation>此申請的核對已完成，毋須再核對。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="134"/>
        <source>Some checks have not passed yet.</source>
        <translation>部分核對項目尚未通過。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="135"/>
        <source>This customer has no registered contact for a code.</source>
        <translation>此客戶沒有可接收驗證碼的登記聯絡方法。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="136"/>
        <source>Send a code first.</source>
        <translation>請先發送驗證碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="137"/>
        <source>This case is submitted: its new card cannot change.</source>
        <translation>此申請已遞交，新卡不能更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="138"/>
        <source>This case replaces an eSIM: scan the phone&apos;s EID.</source>
        <translation>此申請補發 eSIM：請掃描手機的 EID。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="141"/>
        <source>This case replaces a SIM card: scan a blank SIM.</source>
        <translation>此申請補發 SIM 卡：請掃描空白 SIM 卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="144"/>
        <source>The SIM {iccid} is not in this store&apos;s stock.</source>
        <translation>SIM 卡 {iccid} 不在本店存貨中。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="145"/>
        <source>The blank SIM {iccid} is for another product than this line&apos;s.</source>
        <translation>空白 SIM 卡 {iccid} 與此號碼的產品不符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="148"/>
        <source>The SIM {iccid} has already been given out.</source>
        <translation>SIM 卡 {iccid} 已發出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="149"/>
        <source>Type the new phone&apos;s brand and model.</source>
        <translation>請輸入新手機的品牌及型號。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="150"/>
        <source>Type the address the courier delivers to.</source>
        <translation>請輸入速遞送貨地址。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="151"/>
        <source>Choose the new card before submitting.</source>
        <translation>遞交前請先選擇新卡。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="152"/>
        <source>Choose how the customer gets the new card.</source>
        <translation>請選擇客戶取得新卡的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="153"/>
        <source>This case cannot do that in its present state.</source>
        <translation>此申請在目前狀態下不能執行此操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="156"/>
        <source>This case is finished: nothing more can happen.</source>
        <translation>此申請已完結，不能再作任何操作。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="157"/>
        <source>This case waits for its payment.</source>
        <translation>此申請正在等待付款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="158"/>
        <source>This case does not need that check.</source>
        <translation>此申請毋須這項核對。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="160"/>
        <source>This step is not taken from the queue.</source>
        <translation>此步驟不能在申請列表中執行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="161"/>
        <source>Type the courier&apos;s tracking number.</source>
        <translation>請輸入速遞追蹤編號。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="162"/>
        <source>Only a card sent by courier is shipped; this one is handed over at the counter.</source>
        <translation>只有以速遞送出的卡才需寄出；此卡在櫃枱交收。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="165"/>
        <source>A card sent by courier must be shipped before it is delivered.</source>
        <translation>以速遞送出的卡須先寄出，才可標示為已送達。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="168"/>
        <source>The reason is too long: at most {max} characters.</source>
        <translation>原因太長：最多 {max} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="174"/>
        <source>Please type an amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="175"/>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="176"/>
        <source>This is not an amount: type digits, with a point for cents (120.50).</source>
        <translation>這不是金額：請輸入數字，毫子用小數點（120.50）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="179"/>
        <source>At most {digits} digits after the point.</source>
        <translation>小數點後最多 {digits} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="180"/>
        <source>That is far more than any fee: please check the amount.</source>
        <translation>金額遠超任何費用：請核對。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="183"/>
        <source>This store does not take this way of paying.</source>
        <translation>本店不接受此付款方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="184"/>
        <source>Each payment must be more than zero.</source>
        <translation>每筆付款必須大於零。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="185"/>
        <source>A card or wallet payment cannot be more than what is still due; only cash gives change.</source>
        <translation>銀行卡或電子錢包付款不能超過尚欠金額；只有現金可以找續。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="189"/>
        <source>The total is already paid: take no more.</source>
        <translation>總額已付清：不要再收款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="190"/>
        <source>The payments do not cover the total yet.</source>
        <translation>已收款項尚未付清總額。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="191"/>
        <source>Please keep the reference under {max} characters.</source>
        <translation>參考編號請少於 {max} 個字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="194"/>
        <source>The fee schedule has no fee for this card on this day: ask head office.</source>
        <translation>收費表在今天沒有此卡的收費：請聯絡總部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="197"/>
        <source>A supervisor may lower a fee to anything from zero, never raise it.</source>
        <translation>主管可把費用降至零或以上，但不可提高。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="200"/>
        <source>The fee is paid for this way of handing over the card: a supervisor must void the payment before it changes.</source>
        <translation>已按此交收方式收費：須由主管先作廢該筆付款，才可更改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="206"/>
        <source>There is no receipt with this number at this counter.</source>
        <translation>此櫃台沒有此編號的收據。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="209"/>
        <source>Receipt {number} is itself a void or a refund: it cannot be reversed.</source>
        <translation>收據 {number} 本身是作廢或退款記錄，不能再沖銷。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="212"/>
        <source>Receipt {number} was already voided or refunded (receipt {by}).</source>
        <translation>收據 {number} 已作廢或退款（收據 {by}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="215"/>
        <source>Only a receipt of today can be voided; give a refund for an earlier day&apos;s.</source>
        <translation>只可作廢今日的收據；較早營業日的收據請辦理退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="219"/>
        <source>A receipt of today is voided, not refunded.</source>
        <translation>今日的收據應作廢，不是退款。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="220"/>
        <source>Say which supervisor does this.</source>
        <translation>請選擇由哪位店長辦理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="221"/>
        <source>There is no receipt or application with this number.</source>
        <translation>沒有此編號的收據或申請。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="224"/>
        <source>This has been reprinted already: another copy needs a supervisor.</source>
        <translation>已重印過：再印一份需要主管批核。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="228"/>
        <source>The business day is not open at this counter: open it on the Day page (F5), with the float in the drawer.</source>
        <translation>此櫃台的營業日尚未開啟：請在營業日頁面（F5）輸入錢櫃備用金後開始營業。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="233"/>
        <source>A business day is open at this counter already.</source>
        <translation>此櫃台已有開啟中的營業日。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="236"/>
        <source>That business day is closed: nothing of it can change now. Correct it with a void or refund today.</source>
        <translation>該營業日已日結，記錄不能再更改。請於今日以作廢或退款更正。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="241"/>
        <source>Type an amount above zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="242"/>
        <source>Count the drawer by notes and coins, or type its total.</source>
        <translation>請按紙幣及硬幣點算錢櫃，或輸入總額。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="245"/>
        <source>Count whole notes and coins: a number from 0 up.</source>
        <translation>請以整數點算紙幣及硬幣：0 或以上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="248"/>
        <source>This currency has no such note or coin.</source>
        <translation>此貨幣沒有這種紙幣或硬幣。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="249"/>
        <source>The drawer is over or short by more than the limit: please give a reason.</source>
        <translation>錢櫃長款或短款超出上限：請填寫原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="253"/>
        <source>This SIM is no longer in stock (given out or damaged already).</source>
        <translation>此 SIM 卡已不在存貨中（已發出或已損壞）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="257"/>
        <source>Counter {counter} has no business day on {day}: it was never opened.</source>
        <translation>櫃台 {counter} 在 {day} 沒有營業日：該日從未開啟。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="260"/>
        <source>The business day {day} is still open: its Z report and exports are written when it is closed.</source>
        <translation>營業日 {day} 仍未日結：日結時才會產生日結報表及匯出檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="265"/>
        <source>The day&apos;s Z report and exports could not be written ({detail}), so the day is still open. Free some disk space or fix the folder, then close it again.</source>
        <translation>未能寫入該日的日結報表及匯出檔案（{detail}），因此營業日仍然開啟。請騰出磁碟空間或修正資料夾，然後再日結。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="270"/>
        <source>{folder} holds other files: choose an empty or a new folder.</source>
        <translation>{folder} 內有其他檔案：請選擇空的或新的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="273"/>
        <source>There is no folder {folder} to write into.</source>
        <translation>沒有可寫入的資料夾 {folder}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="274"/>
        <source>Type the day as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>請以 YYYY-MM-DD 格式輸入日期，例如 2026-11-23。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="275"/>
        <source>This cannot be printed: the printer font has no character {characters}. Correct the text or spell it another way.</source>
        <translation>無法列印：列印字型沒有 {characters} 這個字。請更正文字或改用其他寫法。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="49"/>
        <source>There is no store in {folder}. Create the demo store with `desk demo --data-dir {folder_arg}`, or start Desk with `make run`.</source>
        <translation>{folder} 內沒有分店。請以 `desk demo --data-dir {folder_arg}` 建立示範分店，或以 `make run` 啟動 Desk。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="54"/>
        <source>{file} is damaged ({detail}). Nothing more was written to it. Copies are in {backups}: ask your support to restore the newest good one.</source>
        <translation>{file} 已損壞（{detail}），沒有再寫入任何內容。副本在 {backups}：請技術支援還原最新的完好副本。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="59"/>
        <source>The disk holding {file} is full, so nothing was saved. Free some space (old backups can be moved elsewhere) and try again; no data was lost.</source>
        <translation>存放 {file} 的磁碟已滿，因此沒有儲存任何內容。請騰出空間（可把舊備份移到別處）後再試；沒有遺失資料。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="64"/>
        <source>{file} cannot be written: the file, its folder or the disk is read-only. Nothing was changed. Make the folder writable for this account and try again.</source>
        <translation>無法寫入 {file}：檔案、其資料夾或磁碟為唯讀。沒有更改任何內容。請讓此帳戶可寫入該資料夾後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="69"/>
        <source>This account may not use {file} (permission denied). Start Desk as the account that owns the store&apos;s folder, or ask your support to fix its permissions.</source>
        <translation>此帳戶無權使用 {file}（權限被拒）。請以擁有分店資料夾的帳戶啟動 Desk，或請技術支援修正權限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="74"/>
        <source>{file} is busy: another Desk, a backup or a sync is using it. Nothing was changed. Wait a moment and try again.</source>
        <translation>{file} 正忙：另一個 Desk、備份或同步正在使用。沒有更改任何內容。請稍候再試。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="79"/>
        <source>{file} could not be read or written ({detail}): the disk may be failing. Check the disk before anything else; do not restore a backup over it yet.</source>
        <translation>未能讀寫 {file}（{detail}）：磁碟可能出現故障。請先檢查磁碟；暫時不要以備份覆蓋它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/problems.py" line="84"/>
        <source>{file} cannot be opened ({detail}). Check that its folder exists and that this account may use it.</source>
        <translation>無法開啟 {file}（{detail}）。請檢查其資料夾是否存在，以及此帳戶是否有權使用。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="25"/>
        <source>Head office at {url} cannot be reached ({kind}); Desk works on and will try again.</source>
        <translation>無法連接總部 {url}（{kind}）。Desk 照常運作，稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="29"/>
        <source>Head office at {url} did not answer in time; Desk will try again.</source>
        <translation>總部 {url} 未有及時回應。Desk 稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="32"/>
        <source>Head office refused the sync: {reason}</source>
        <translation>總部拒絕了這次同步：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="33"/>
        <source>Head office at {url} answered {path} with HTTP {status} and no reason; Desk will try again.</source>
        <translation>總部 {url} 對 {path} 回覆了 HTTP {status}，但沒有說明原因。Desk 稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="39"/>
        <source>A sync with head office is already running: wait for it to finish.</source>
        <translation>已有一次與總部的同步正在進行：請等候它完成。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="42"/>
        <source>This Desk is not enrolled with head office: ask head office for an enrolment token, then run desk enroll.</source>
        <translation>此 Desk 尚未在總部登記：請向總部索取登記碼，然後執行 desk enroll。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="47"/>
        <source>This version of Desk cannot sync with head office yet.</source>
        <translation>此版本的 Desk 暫時未能與總部同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="52"/>
        <source>This Desk is not enrolled with head office: ask head office for an enrolment token, then run &apos;desk enroll URL TOKEN&apos;.</source>
        <translation>此 Desk 尚未在總部登記：請向總部索取登記碼，然後執行 &apos;desk enroll URL TOKEN&apos;。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="57"/>
        <source>This Desk&apos;s enrolment with head office ({path}) cannot be read: {detail}</source>
        <translation>未能讀取此 Desk 在總部的登記資料（{path}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="60"/>
        <source>{path} is damaged ({detail}): enrol this Desk again with desk enroll --again URL TOKEN.</source>
        <translation>{path} 已損壞（{detail}）：請以 desk enroll --again URL TOKEN 重新登記此 Desk。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="64"/>
        <source>The credential for head office cannot be read: {detail}</source>
        <translation>未能讀取連接總部的憑證：{detail}</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="67"/>
        <source>The credential for head office is in neither the keyring nor {file}: enrol this Desk again with desk enroll --again URL TOKEN (head office gives the token).</source>
        <translation>系統密碼庫及 {file} 都沒有連接總部的憑證：請以 desk enroll --again URL TOKEN 重新登記此 Desk（登記碼由總部提供）。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="73"/>
        <source>Head office at {url} answered {path} with something this Desk does not understand: nothing of it was written; Desk will try again.</source>
        <translation>此 Desk 無法理解總部 {url} 對 {path} 的回覆：沒有寫入任何內容。Desk 稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="78"/>
        <source>Head office and this Desk could not agree where to start the sync; Desk will try again.</source>
        <translation>總部與此 Desk 未能確定同步從何處開始。Desk 稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="82"/>
        <source>Head office sent a {table} row this Desk cannot take ({columns}): nothing of it was written.</source>
        <translation>總部傳來一條此 Desk 無法接收的 {table} 記錄（{columns}）：其內容一概未有寫入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="87"/>
        <source>Head office sent a {table} row this Desk cannot take (no id): nothing of it was written.</source>
        <translation>總部傳來一條此 Desk 無法接收的 {table} 記錄（沒有 id）：其內容一概未有寫入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="91"/>
        <source>Head office sent a {table} row with damaged binary data: nothing of it was written.</source>
        <translation>總部傳來的一條 {table} 記錄中的二進制資料已損壞：其內容一概未有寫入。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="96"/>
        <source>Head office&apos;s reference data (fees, carriers, staff) arrived without a version or body: nothing of it was applied; Desk will try again.</source>
        <translation>總部的參考資料（收費、電訊商、職員）傳來時沒有版本或內容：一概未有套用。Desk 稍後會再嘗試同步。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="101"/>
        <source>Head office&apos;s reference version {version} arrived damaged (its SHA-256 does not match): it was not applied; the next sync fetches it again.</source>
        <translation>總部的參考資料第 {version} 版傳來時已損壞（SHA-256 不相符）：未有套用，下次同步時會重新取得。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="106"/>
        <source>Head office&apos;s reference version {version} was not applied: this Desk cannot use it ({field}: {problem}). Tell head office.</source>
        <translation>總部的參考資料第 {version} 版未有套用：此 Desk 無法使用（{field}：{problem}）。請通知總部。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="111"/>
        <source>Head office&apos;s fee schedule is in {schedule} but this store takes {store}: reference version {version} was not applied.</source>
        <translation>總部的收費表以 {schedule} 計算，但本店收取 {store}：參考資料第 {version} 版未有套用。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="116"/>
        <source>Head office&apos;s reference version {version} was not applied: a version is 1 or more.</source>
        <translation>總部的參考資料第 {version} 版未有套用：版本號碼最少為 1。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="121"/>
        <source>Head office&apos;s answer for customer and line records is malformed: nothing was written; the next sync asks again.</source>
        <translation>總部傳來的客戶與號碼記錄格式有誤：沒有寫入任何內容，下次同步時會再索取。</translation>
    </message>
    <message>
        <location filename="../../desk/sync/errors.py" line="126"/>
        <source>Head office sent a record this Desk does not keep: nothing was written.</source>
        <translation>總部傳來一條此 Desk 不保存的記錄：沒有寫入任何內容。</translation>
    </message>
</context>
</TS>
