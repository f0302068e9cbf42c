<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_HK">
<context>
    <name>CustomerCardView</name>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="59" />
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="60" />
        <source>Replacement cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="61" />
        <source>Esc: back to the results · F2: new search</source>
        <translation>Esc：返回結果 · F2：重新搜尋</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="64" />
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="65" />
        <source>Carrier</source>
        <translation>運營商</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="66" />
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="67" />
        <source>Card</source>
        <translation>卡類型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="68" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="69" />
        <source>SIM change lock</source>
        <translation>換卡鎖定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="82" />
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="85" />
        <source>No ID document on record.</source>
        <translation>沒有登記證件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="89" />
        <source>Registered contact: {contact}</source>
        <translation>登記聯絡方式：{contact}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="91" />
        <source>No registered contact.</source>
        <translation>沒有登記聯絡方式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="101" />
        <source>locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/customer_card.py" line="107" />
        <source>No replacement cases for this customer yet.</source>
        <translation>該客戶暫無補卡申請。</translation>
    </message>
</context>
<context>
    <name>CustomerResultsModel</name>
    <message>
        <location filename="../../desk/ui/models.py" line="55" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="56" />
        <source>ID</source>
        <translation>證件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="57" />
        <source>Lines</source>
        <translation>號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/models.py" line="85" />
        <source>Found by {how}</source>
        <translation>匹配方式：{how}</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="18" />
        <source>HKID</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="19" />
        <source>Mainland ID</source>
        <translation>內地居民身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="20" />
        <source>Passport number</source>
        <translation>護照號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="21" />
        <source>Passport MRZ</source>
        <translation>護照機讀碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="22" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="23" />
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="24" />
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="25" />
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="26" />
        <source>Activation code</source>
        <translation>啟用碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="41" />
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="42" />
        <source>mainland China</source>
        <translation>中國內地</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="43" />
        <source>Macau</source>
        <translation>澳門</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="44" />
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="45" />
        <source>US</source>
        <translation>美國</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="50" />
        <source>Please enter the {name}.</source>
        <translation>請輸入{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="51" />
        <source>An HKID has 1–2 letters and 6 digits, then a check character.</source>
        <translation>香港身份證號碼為 1–2 個字母加 6 位數字，再加一位校驗碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="54" />
        <source>This HKID should have {min} characters, not {found}.</source>
        <translation>此香港身份證號碼應為 {min} 個字符，而不是 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="57" />
        <location filename="../../desk/ui/identifier_messages.py" line="121" />
        <location filename="../../desk/ui/identifier_messages.py" line="134" />
        <source>Check digit should be {expected}, not {found}.</source>
        <translation>校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="60" />
        <source>A mainland ID has 17 digits, then a digit or X.</source>
        <translation>內地居民身份證號碼為 17 位數字，再加一位數字或 X。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="63" />
        <source>A mainland ID has 18 characters, not {found}.</source>
        <translation>內地居民身份證號碼為 18 位，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="66" />
        <source>Check character should be {expected}, not {found}.</source>
        <translation>校驗碼應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="69" />
        <source>The birth date {date} does not exist.</source>
        <translation>出生日期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="72" />
        <source>The birth date {date} is in the future.</source>
        <translation>出生日期 {date} 在將來。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="75" />
        <source>A passport number has only letters and digits.</source>
        <translation>護照號碼只含字母和數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="78" />
        <source>A passport number has 5 to 9 letters and digits, not {found}.</source>
        <translation>護照號碼為 5 到 9 個字母和數字，而不是 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="81" />
        <source>MRZ line {line} may hold only A–Z, 0–9 and &lt;.</source>
        <translation>機讀碼第 {line} 行只能包含 A–Z、0–9 和 &lt;。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="84" />
        <source>The sex in the MRZ should be M, F or &lt;, not {found}.</source>
        <translation>機讀碼中的性別應為 M、F 或 &lt;，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="87" />
        <source>MRZ line {line} should have 44 characters, not {found}.</source>
        <translation>機讀碼第 {line} 行應為 44 個字符，而不是 {found} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="90" />
        <source>Only passport MRZs (2 lines of 44 characters) can be read.</source>
        <translation>只能讀取護照機讀碼（2 行，每行 44 個字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="93" />
        <source>Check digit of the passport number should be {expected}, not {found}.</source>
        <translation>護照號碼的校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="96" />
        <source>Check digit of the date of birth should be {expected}, not {found}.</source>
        <translation>出生日期的校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="99" />
        <source>Check digit of the expiry date should be {expected}, not {found}.</source>
        <translation>有效期的校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="102" />
        <source>Check digit of the personal number should be {expected}, not {found}.</source>
        <translation>個人號碼的校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="105" />
        <source>The last check digit of line 2 should be {expected}, not {found}.</source>
        <translation>第 2 行最後的校驗位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="108" />
        <source>The date of birth {date} does not exist.</source>
        <translation>出生日期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="111" />
        <source>The expiry date {date} does not exist.</source>
        <translation>有效期 {date} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="114" />
        <source>An ICCID has only digits.</source>
        <translation>ICCID 只含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="115" />
        <source>An ICCID starts with {prefix}.</source>
        <translation>ICCID 以 {prefix} 開頭。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="118" />
        <source>An ICCID has 19 or 20 digits, not {found}.</source>
        <translation>ICCID 為 19 或 20 位數字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="124" />
        <source>An EID has only digits.</source>
        <translation>EID 只含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="125" />
        <source>An EID starts with {prefix}.</source>
        <translation>EID 以 {prefix} 開頭。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="128" />
        <source>An EID has 32 digits, not {found}.</source>
        <translation>EID 為 32 位數字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="129" />
        <source>The last two digits should be {expected}, not {found}.</source>
        <translation>最後兩位應為 {expected}，而不是 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="132" />
        <source>An IMEI has only digits.</source>
        <translation>IMEI 只含數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="133" />
        <source>An IMEI has 15 digits, not {found}.</source>
        <translation>IMEI 為 15 位數字，而不是 {found} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="137" />
        <source>This is a 16-digit IMEISV; please enter the 15-digit IMEI (dial *#06#).</source>
        <translation>這是 16 位的 IMEISV；請輸入 15 位的 IMEI（撥 *#06# 查看）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="141" />
        <source>A phone number has only digits, spaces, dashes, brackets and a leading +.</source>
        <translation>電話號碼只含數字、空格、短橫線、括號和開頭的 +。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="145" />
        <source>Too short for a {region} phone number.</source>
        <translation>作為{region}電話號碼太短。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="148" />
        <source>Too long for a {region} phone number.</source>
        <translation>作為{region}電話號碼太長。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="151" />
        <source>This is not a valid {region} phone number.</source>
        <translation>這不是有效的{region}電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="154" />
        <source>+{country_code} is not a country calling code.</source>
        <translation>+{country_code} 不是國家/地區區號。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="157" />
        <source>An activation code looks like LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID.</source>
        <translation>啟用碼的格式為 LPA:1$SMDP.EXAMPLE.COM$MATCHING-ID。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="160" />
        <source>The SM-DP+ address {found} is not a domain name.</source>
        <translation>SM-DP+ 地址 {found} 不是域名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="163" />
        <source>The matching ID may hold only letters, digits and -.</source>
        <translation>匹配 ID 只能包含字母、數字和 -。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="166" />
        <source>The SM-DP+ OID {found} should be digits and dots.</source>
        <translation>SM-DP+ OID {found} 應由數字和點組成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="169" />
        <source>The last part can only be 1 (confirmation code required).</source>
        <translation>最後一段只能是 1（需要確認碼）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="172" />
        <source>Only activation code format 1 exists, not {found}.</source>
        <translation>啟用碼只有格式 1，沒有格式 {found}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_messages.py" line="175" />
        <source>This is not a valid {name}.</source>
        <translation>這不是有效的{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="185" />
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/identifier_field.py" line="187" />
        <source>{name}: check result</source>
        <translation>{name}：核對結果</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desk/ui/login.py" line="77" />
        <source>Desk — log in</source>
        <translation>補卡櫃枱 — 登入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="78" />
        <source>Desk 补卡柜台</source>
        <translation>補卡櫃枱 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="80" />
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="81" />
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="82" />
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/login.py" line="97" />
        <source>No staff can log in here yet.</source>
        <translation>本店還沒有可以登入的員工。</translation>
    </message>
    <message>
        <location filename="../../desk/app.py" line="135" />
        <source>The key that protects ID numbers cannot be read, so customers cannot be looked up. Restore desk.key from this store's backup, or ask head office.

{detail}</source>
        <translation>無法讀取保護證件號碼的密鑰，因此不能搜尋客戶。請從本店備份中恢復 desk.key，或聯絡總部。

{detail}</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="100" />
        <source>Phone, name, ID number, ICCID or EID — F2 to come back here</source>
        <translation>電話、姓名、證件號碼、ICCID 或 EID — 按 F2 回到這裏</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="150" />
        <source>The search failed: {message}</source>
        <translation>搜尋失敗：{message}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="157" />
        <source>Type to find a customer.</source>
        <translation>輸入以搜尋客戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="159" />
        <source>No customer matches.</source>
        <translation>沒有匹配的客戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="162" />
        <source>{total} customers match; the first {shown} are shown.</source>
        <translation>共 {total} 位客戶匹配，顯示前 {shown} 位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/lookup.py" line="167" />
        <source>{total} matching.</source>
        <translation>{total} 位匹配。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="100" />
        <source>Desk 补卡柜台 — {store}</source>
        <translation>補卡櫃枱 — {store}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="102" />
        <source>Lookup</source>
        <translation>搜尋客戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="103" />
        <source>Cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="104" />
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="105" />
        <source>Day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="106" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="107" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="111" />
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="117" />
        <source>Store: {code} {name}</source>
        <translation>門店：{code} {name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="120" />
        <source>Staff: {name} ({role})</source>
        <translation>員工：{name}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="123" />
        <source>Business day: {day}</source>
        <translation>營業日：{day}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="125" />
        <source>Sync: not connected to head office</source>
        <translation>同步：未連接總部</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="14" />
        <source>Cases</source>
        <translation>補卡申請</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="15" />
        <source>The queue of open replacement cases will be here: draft, verified, paid, submitted, under review, approved, card issued, shipped, activated.</source>
        <translation>這裏將顯示處理中的補卡申請：草稿、已核驗、已付款、已提交、審核中、已批准、已髮卡、已寄出、已啟用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="22" />
        <source>Stock</source>
        <translation>庫存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="23" />
        <source>Receiving blank SIMs, stock movements and stock counts will be here.</source>
        <translation>這裏將用於空白 SIM 卡入庫、庫存變動和盤點。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="29" />
        <source>Day</source>
        <translation>營業日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="30" />
        <source>The business day will be here: opening float, cash in and out, day close with the Z report and the export files.</source>
        <translation>這裏將用於營業日：開店備用金、現金存取、日結（日結報表和導出檔案）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="37" />
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="38" />
        <source>Synchronisation with head office will be here. This store is not connected to head office yet.</source>
        <translation>這裏將用於與總部同步。本店尚未連接總部。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/placeholder.py" line="63" />
        <source>This part of Desk is not available in this version yet.</source>
        <translation>此版本尚未提供這部分功能。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="42" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="43" />
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/settings.py" line="44" />
        <source>The language is used at once and remembered on this computer.</source>
        <translation>語言立即生效，並在本電腦上記住。</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../desk/ui/texts.py" line="19" />
        <source>clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="20" />
        <source>supervisor</source>
        <translation>店長</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="21" />
        <source>administrator</source>
        <translation>管理員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="22" />
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="23" />
        <source>suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="24" />
        <source>terminated</source>
        <translation>已註銷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="25" />
        <source>SIM card</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="26" />
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="27" />
        <source>HKID</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="28" />
        <source>Mainland ID</source>
        <translation>內地居民身份證</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="29" />
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="30" />
        <source>Other ID</source>
        <translation>其他證件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="34" />
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="35" />
        <source>phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="36" />
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="37" />
        <source>EID</source>
        <translation>EID</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="38" />
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="43" />
        <source>Wrong PIN. {left} more tries before a lockout.</source>
        <translation>密碼錯誤。再錯 {left} 次將被鎖定。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="44" />
        <source>Too many wrong PINs: locked for {minutes} more minute(s). A supervisor can help meanwhile.</source>
        <translation>密碼錯誤次數過多：鎖定 {minutes} 分鐘。期間可請店長協助。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="49" />
        <source>A PIN is {min} to {max} digits.</source>
        <translation>密碼為 {min} 到 {max} 位數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="50" />
        <source>This staff member cannot log in here.</source>
        <translation>該員工不能在此登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/texts.py" line="51" />
        <source>This customer is no longer in this store's records.</source>
        <translation>本店記錄中已沒有該客戶。</translation>
    </message>
</context>
</TS>