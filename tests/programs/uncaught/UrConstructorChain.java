// Uncaught bounds failure in a superclass's field initialiser while a subclass is constructed through
// a static factory: the trace lists both <init> frames and the instance-initialiser line.
public class UrConstructorChain {
    static int[] sizes = { 4, 2 };

    static class Base {
        final int[] slots = new int[sizes[0]];
        final int first;

        Base(int k) {
            first = sizes[k];
        }
    }

    static final class Derived extends Base {
        final int extra;

        {
            System.out.print("init block ");
        }

        Derived(int k) {
            super(k);
            extra = slots.length + first;
        }
    }

    static Derived of(int k) {
        return new Derived(k);
    }

    public static void main(String[] args) {
        System.out.println(of(1).extra);
        System.out.println(of(2).extra);
    }
}
