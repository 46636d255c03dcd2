import type { Preset } from "./types";

/** A generic order CSV: columns are found by the names people usually give them. */
export const ordersCsvPreset: Preset = {
  id: "orders-csv",
  label: "Orders CSV (generic)",
  format: { kind: "delimited" },
  columns: {
    orderId: ["order id", "order", "order number", "order no", "receipt", "receipt no",
      "receipt number", "transaction id", "订单号", "订单编号"],
    customerId: ["customer id", "customer", "client id", "member id", "buyer id",
      "客户id", "会员id", "买家id"],
    email: ["email", "e mail", "email address", "customer email", "邮箱", "电子邮箱"],
    phone: ["phone", "mobile", "phone number", "telephone", "手机", "手机号", "电话"],
    name: ["name", "customer name", "full name", "姓名", "客户姓名"],
    orderedAt: ["date", "order date", "ordered at", "created at", "order time", "time",
      "purchase date", "下单时间", "日期", "订单日期"],
    amount: ["amount", "total", "order total", "revenue", "value", "net amount",
      "金额", "订单金额", "实付金额"],
    refund: ["refund", "refunded", "refund amount", "refunded amount", "退款金额"],
    currency: ["currency", "currency code", "币种", "货币"],
    channel: ["channel", "store", "sales channel", "渠道"],
    status: ["status", "order status", "订单状态"],
  },
  combine: "sum",
  excludedStatuses: ["cancelled", "canceled", "voided", "failed", "pending", "已取消", "交易关闭"],
};
