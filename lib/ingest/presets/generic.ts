import { noSaleStatuses } from "../normalise/order-status";

import type { Preset } from "./types";

/** Names people commonly give identity columns, in English and Chinese. */
const person = {
  customerId: ["customer id", "customer", "client id", "member id", "buyer id", "user id", "account id",
    "客户id", "会员id", "买家id", "用户id", "会员号"],
  email: ["email", "e mail", "email address", "customer email", "mail", "邮箱", "电子邮箱", "邮件"],
  phone: ["phone", "mobile", "phone number", "mobile phone", "telephone", "tel", "cell", "手机", "手机号",
    "手机号码", "电话", "联系电话", "联系方式"],
  name: ["name", "customer name", "full name", "display name", "contact name", "姓名", "客户姓名", "名字", "昵称"],
  firstName: ["first name", "firstname", "given name", "名"],
  lastName: ["last name", "lastname", "surname", "family name", "姓"],
  country: ["country", "country code", "国家"],
};

/** A generic order file: columns found by the names people usually give them. */
export const ordersCsv: Preset = {
  id: "orders-csv",
  label: "Orders (generic)",
  kind: "order",
  source: "orders",
  generic: true,
  columns: {
    ...person,
    orderId: ["order id", "order", "order number", "order no", "order ref", "order reference",
      "receipt", "receipt no", "receipt number", "transaction id", "invoice", "invoice number",
      "订单号", "订单编号", "单号"],
    orderedAt: ["date", "order date", "ordered at", "created at", "created", "order time", "time", "datetime",
      "paid at", "purchase date", "transaction date", "下单时间", "日期", "订单日期", "交易时间", "支付时间"],
    amount: ["amount", "total", "order total", "revenue", "value", "net amount", "price", "金额", "订单金额",
      "实付金额", "支付金额", "总金额"],
    refund: ["refund", "refunded", "refund amount", "refunded amount", "退款金额"],
    currency: ["currency", "currency code", "币种", "货币"],
    channel: ["channel", "store", "sales channel", "渠道", "店铺"],
    status: ["status", "order status", "订单状态", "状态"],
    itemName: ["product", "item", "product name", "item name", "商品", "商品名称"],
    sku: ["sku", "product id", "商品编码"],
    quantity: ["quantity", "qty", "数量"],
    emailConsent: ["accepts marketing", "accepts email marketing", "email consent", "email opt in"],
  },
  excludedStatuses: noSaleStatuses,
};

/** A generic contact or member list. */
export const contactsCsv: Preset = {
  id: "contacts-csv",
  label: "Contacts (generic)",
  kind: "contact",
  source: "contacts",
  generic: true,
  columns: {
    ...person,
    recordId: ["contact id", "record id", "id"],
    gender: ["gender", "sex", "性别"],
    birthday: ["birthday", "birth date", "date of birth", "dob", "生日", "出生日期"],
    city: ["city", "town", "城市"],
    region: ["region", "state", "province", "省份", "省"],
    company: ["company", "organisation", "organization", "公司"],
    tags: ["tags", "labels", "标签"],
    note: ["note", "notes", "备注"],
    emailConsent: ["email consent", "subscribed", "accepts marketing", "email opt in", "opt in", "newsletter"],
    smsConsent: ["sms consent", "accepts sms", "sms opt in"],
    consentAt: ["consent date", "subscribed at", "opt in date"],
    observedAt: ["updated at", "last updated", "modified", "更新时间"],
  },
  attributes: {
    handle: ["handle", "username", "user name", "账号"],
    platform: ["platform", "network", "平台"],
    comment: ["comment", "last comment", "message", "评论", "留言"],
    interactions: ["interactions", "engagements", "互动次数"],
  },
};

/** A generic event or activity log: visits, email opens and clicks, event attendance. */
export const eventsCsv: Preset = {
  id: "events-csv",
  label: "Events and interactions (generic)",
  kind: "interaction",
  source: "events",
  generic: true,
  columns: {
    ...person,
    recordId: ["event id", "activity id", "id"],
    occurredAt: ["date", "time", "timestamp", "occurred at", "event date", "event time", "visited at",
      "opened at", "clicked at", "attended at", "created at", "时间", "日期", "活动时间"],
    // An event log's "event" column says what happened ("email_open", "page_view"); a word no kind
    // knows is read as a plain event with that word as its detail.
    interactionKind: ["type", "event type", "event", "kind", "action", "activity", "activity type", "类型",
      "事件"],
    detail: ["event name", "campaign", "page", "url", "subject", "detail", "details", "活动", "活动名称"],
    channel: ["channel", "platform", "source", "渠道"],
  },
  interactionKind: "event",
};

/** A generic service-ticket list. */
export const ticketsCsv: Preset = {
  id: "tickets-csv",
  label: "Service tickets (generic)",
  kind: "ticket",
  source: "tickets",
  generic: true,
  columns: {
    ...person,
    email: [...person.email, "requester email", "requester"],
    ticketId: ["ticket id", "ticket", "ticket number", "case id", "case number", "id", "工单号", "工单编号"],
    subject: ["subject", "title", "summary", "主题", "标题"],
    description: ["description", "body", "details", "问题描述", "描述"],
    status: ["status", "state", "状态"],
    priority: ["priority", "优先级"],
    channel: ["channel", "via", "渠道"],
    openedAt: ["created at", "created", "opened at", "date", "submitted at", "创建时间", "提交时间"],
    updatedAt: ["updated at", "last updated", "更新时间"],
  },
};
