import { isBlank } from "../normalise/text";

import type { Preset } from "./types";

/**
 * WeChat Pay merchant trade bill (商户平台 › 下载交易账单, or the API): every
 * cell starts with a backtick, one row per payment or refund, then a summary
 * header and row that end the data. The payer is only an openid (用户标识),
 * kept as an account inside this source. A refund row is its own record,
 * keyed by its refund number, that lowers spend by 退款金额.
 */
export const wechatPayBill: Preset = {
  id: "wechat-pay-bill",
  label: "WeChat Pay trade bill",
  kind: "order",
  source: "wechat-pay",
  signature: ["用户标识", "微信订单号", "应结订单金额", "公众账号ID"],
  columns: {
    orderId: ["商户订单号", "微信订单号"],
    customerId: ["用户标识"],
    orderedAt: ["交易时间"],
    amount: ["应结订单金额", "总金额"],
    refund: ["退款金额"],
    currency: ["货币种类"],
    status: ["交易状态"],
    itemName: ["商品名称"],
  },
  known: ["公众账号ID", "商户号", "特约商户号", "子商户号", "设备号", "付款银行", "代金券金额", "代金券或立减优惠金额",
    "微信退款单号", "商户退款单号", "充值券退款金额", "代金券或立减优惠退款金额", "退款类型", "退款状态", "商户数据包",
    "手续费", "费率", "订单金额", "申请退款金额", "费率备注",
    // 交易类型 (JSAPI, NATIVE, APP) is how the payment was integrated, not a sales channel.
    "交易类型"],
  orderMoney: "order",
  currency: "CNY",
  phoneRegion: "CN",
  excludedStatuses: ["notpay", "closed", "revoked", "payerror", "userpaying"],
  endMarkers: ["总交易单数"],
  refine(read, column) {
    if (read("status").toUpperCase() !== "REFUND") return null;
    // The bill writes 0 for "no refund number".
    const refundNo = [column("商户退款单号"), column("微信退款单号")].find((no) => !isBlank(no) && no !== "0");
    return refundNo ? { orderId: `refund:${refundNo}` } : null;
  },
};
