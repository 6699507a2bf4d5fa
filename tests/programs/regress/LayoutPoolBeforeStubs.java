// Regression (found in review): a literal pool must stay within 1020 bytes of its load when many check stubs are placed at the same break.
public class LayoutPoolBeforeStubs {
  static int f(int[] a, int[] b, int[] c, int i, int j, int k) {
    int s = 0x12345678;
    int l = j ^ k;
    s += a[i] ^ i; i = i + k - s;
    s += a[l] ^ l; l = l + l - s;
    s += b[l] ^ l; l = l + j - s;
    s += a[l] ^ l; l = l + i - s;
    s += b[l] ^ l; l = l + i - s;
    s += c[l] ^ l; l = l + k - s;
    s += c[j] ^ j; j = j + i - s;
    s += b[i] ^ i; i = i + i - s;
    s += a[i] ^ i; i = i + l - s;
    s += c[j] ^ j; j = j + l - s;
    s += c[i] ^ i; i = i + j - s;
    s += b[l] ^ l; l = l + j - s;
    s += b[j] ^ j; j = j + j - s;
    s += b[k] ^ k; k = k + i - s;
    s += b[i] ^ i; i = i + j - s;
    s += c[k] ^ k; k = k + i - s;
    s += c[k] ^ k; k = k + l - s;
    s += c[j] ^ j; j = j + k - s;
    s += b[l] ^ l; l = l + l - s;
    s += c[i] ^ i; i = i + l - s;
    s += a[l] ^ l; l = l + l - s;
    s += c[j] ^ j; j = j + k - s;
    s += c[k] ^ k; k = k + i - s;
    s += b[i] ^ i; i = i + j - s;
    s += c[l] ^ l; l = l + k - s;
    s += b[i] ^ i; i = i + l - s;
    s += a[k] ^ k; k = k + l - s;
    s += c[j] ^ j; j = j + j - s;
    s += c[j] ^ j; j = j + i - s;
    s += a[j] ^ j; j = j + l - s;
    s += c[k] ^ k; k = k + k - s;
    s += b[k] ^ k; k = k + i - s;
    s += b[j] ^ j; j = j + j - s;
    s += b[i] ^ i; i = i + l - s;
    s += b[j] ^ j; j = j + l - s;
    s += b[k] ^ k; k = k + l - s;
    return s;
  }
  public static void main(String[] args) { int[] a = new int[8]; System.out.println(f(a, a, a, 0, 0, 0)); }
}
