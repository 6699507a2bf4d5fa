// StringBuilder.delete clamps an end past the length first, then checks: delete(4, 9) on three
// chars is reported as "Range [4, 3) out of bounds for length 3".
public class BuilderDeleteRange {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("abcdef");
        sb.delete(3, 100);
        System.out.println(sb + " " + sb.length());
        sb.delete(4, 9);
    }
}
